#include "catalog/CatalogImportDialog.h"

#include "UiLogging.h"
#include "auth/UserSession.h"
#include "catalog/CatalogImportJob.h"
#include "ui_CatalogImportDialog.h"

#include <QEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QLocale>

namespace quire {

namespace {

constexpr int ProgressSteps = 1000;

} // namespace

CatalogImportDialog::CatalogImportDialog(const QString &databasePath, const Clock &clock,
                                         UserSession &session, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CatalogImportDialog>())
    , m_session(session)
    , m_job(new CatalogImportJob(databasePath, clock, this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("catalogImportDialog"));
    setWindowModality(Qt::WindowModal);
    m_ui->progressBar->setRange(0, ProgressSteps);
    m_ui->problemsTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->problemsTable->verticalHeader()->setVisible(false);
    m_ui->problemsTable->verticalHeader()->setDefaultSectionSize(32);

    connect(m_ui->browseButton, &QPushButton::clicked, this, &CatalogImportDialog::onBrowse);
    connect(m_ui->importButton, &QPushButton::clicked, this, &CatalogImportDialog::onImport);
    connect(m_ui->cancelImportButton, &QPushButton::clicked, this,
            &CatalogImportDialog::onCancelImport);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &CatalogImportDialog::reject);
    connect(m_ui->fileEdit, &QLineEdit::textChanged, this, &CatalogImportDialog::updateState);
    connect(m_job, &CatalogImportJob::progressChanged, this, &CatalogImportDialog::onProgress);
    connect(m_job, &CatalogImportJob::finished, this, &CatalogImportDialog::onFinished);
    updateState();
}

CatalogImportDialog::~CatalogImportDialog() = default;

bool CatalogImportDialog::isImporting() const
{
    return m_job->isRunning();
}

void CatalogImportDialog::reject()
{
    if (m_job->isRunning()) {
        onCancelImport();
        return;
    }
    QDialog::reject();
}

void CatalogImportDialog::showEvent(QShowEvent *event)
{
    updateState(); // the signed-in user may have changed since last time
    QDialog::showEvent(event);
}

void CatalogImportDialog::onBrowse()
{
    // open(), not exec(): the window keeps running while the clerk looks.
    auto *chooser = new QFileDialog(this, tr("Choose a catalog file"), m_ui->fileEdit->text(),
                                    tr("CSV files (*.csv);;All files (*)"));
    chooser->setObjectName(QStringLiteral("catalogFileChooser"));
    chooser->setFileMode(QFileDialog::ExistingFile);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    connect(chooser, &QFileDialog::fileSelected, this,
            [this](const QString &file) { m_ui->fileEdit->setText(file); });
    chooser->open();
}

void CatalogImportDialog::onImport()
{
    const auto &user = m_session.user();
    if (!user || !m_session.may(Permission::ImportCatalog)) {
        m_ui->summaryLabel->setText(tr("Only a manager may import the catalog."));
        return;
    }
    const QString file = m_ui->fileEdit->text().trimmed();
    if (file.isEmpty() || m_job->isRunning())
        return;
    m_hasReport = false;
    m_ui->problemsTable->setRowCount(0);
    m_ui->summaryLabel->clear();
    m_ui->progressBar->setValue(0);
    m_ui->progressLabel->setText(tr("Reading %1…").arg(file));
    const auto mode = m_ui->strictCheck->isChecked() ? CatalogImporter::Mode::Strict
                                                     : CatalogImporter::Mode::Lenient;
    m_job->start(file, mode, *user);
    updateState();
}

void CatalogImportDialog::onCancelImport()
{
    if (!m_job->isRunning())
        return;
    m_job->cancel();
    m_ui->progressLabel->setText(tr("Cancelling: undoing the import…"));
    m_ui->cancelImportButton->setEnabled(false);
}

void CatalogImportDialog::onProgress(qint64 bytesDone, qint64 bytesTotal, qint64 rowsRead)
{
    if (!m_job->isRunning())
        return;
    const QLocale locale;
    if (bytesTotal > 0) {
        m_ui->progressBar->setValue(
            int(qMin<qint64>(ProgressSteps, bytesDone * ProgressSteps / bytesTotal)));
        // Rows are counted as they are read; the file's total is estimated
        // from its size until the end.
        const qint64 estimate
            = bytesDone > 0 ? qMax(rowsRead, rowsRead * bytesTotal / bytesDone) : rowsRead;
        m_ui->progressLabel->setText(
            bytesDone >= bytesTotal
                ? tr("%1 rows read; saving…").arg(locale.toString(rowsRead))
                : tr("%1 of about %2 rows read")
                      .arg(locale.toString(rowsRead), locale.toString(estimate)));
    } else {
        m_ui->progressBar->setRange(0, 0); // size unknown: busy indicator
        m_ui->progressLabel->setText(tr("%1 rows read").arg(locale.toString(rowsRead)));
    }
}

void CatalogImportDialog::onFinished(const ImportReport &report)
{
    m_lastReport = report;
    m_hasReport = true;
    m_ui->progressBar->setRange(0, ProgressSteps);
    m_ui->progressBar->setValue(report.committed ? ProgressSteps : 0);
    m_ui->progressLabel->clear();
    showReport();
    updateState();
    if (report.committed) {
        qCInfo(lcUi) << "catalog import committed:" << report.imported << "titles";
        Q_EMIT catalogImported(report.imported);
    }
}

void CatalogImportDialog::showReport()
{
    if (!m_hasReport)
        return;
    const ImportReport &report = m_lastReport;
    const QLocale locale;
    QString summary;
    if (report.cancelled)
        summary = tr("Import cancelled: nothing was imported.");
    else if (report.committed && report.problems.isEmpty())
        summary = tr("Imported all %1 rows.").arg(locale.toString(report.imported));
    else if (report.committed)
        summary = tr("Imported %1 of %2 rows. %n row(s) were refused and are listed below.",
                     nullptr, int(report.problems.size()))
                      .arg(locale.toString(report.imported), locale.toString(report.rowsRead));
    else if (!report.problems.isEmpty())
        summary = tr("Nothing was imported (strict): %n row(s) are bad, listed below.", nullptr,
                     int(report.problems.size()));
    else
        summary = tr("Nothing was imported: %1").arg(report.fatalError);
    m_ui->summaryLabel->setText(summary);

    m_ui->problemsTable->setRowCount(int(report.problems.size()));
    for (int row = 0; row < report.problems.size(); ++row) {
        const ImportProblem &problem = report.problems.at(row);
        auto *line = new QTableWidgetItem(locale.toString(problem.line));
        line->setData(Qt::UserRole, problem.line);
        m_ui->problemsTable->setItem(row, 0, line);
        m_ui->problemsTable->setItem(row, 1, new QTableWidgetItem(problem.isbn));
        m_ui->problemsTable->setItem(row, 2, new QTableWidgetItem(problem.reason));
    }
    m_ui->problemsTable->resizeColumnToContents(0);
    m_ui->problemsTable->resizeColumnToContents(1);
}

void CatalogImportDialog::updateState()
{
    const bool running = m_job->isRunning();
    const bool allowed = m_session.may(Permission::ImportCatalog);
    m_ui->fileEdit->setEnabled(!running);
    m_ui->browseButton->setEnabled(!running);
    m_ui->strictCheck->setEnabled(!running);
    m_ui->importButton->setEnabled(!running && allowed
                                   && !m_ui->fileEdit->text().trimmed().isEmpty());
    m_ui->cancelImportButton->setEnabled(running);
    m_ui->closeButton->setEnabled(!running);
    if (!allowed && !running)
        m_ui->summaryLabel->setText(tr("Only a manager may import the catalog."));
    else if (allowed && !m_hasReport && !running)
        m_ui->summaryLabel->clear();
}

void CatalogImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        showReport();
    }
    QDialog::changeEvent(event);
}

} // namespace quire
