#include "shift/ShiftReportView.h"

#include "shift/ShiftReportDocument.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace quire {

ShiftReportView::ShiftReportView(QWidget *parent)
    : QWidget(parent)
    , m_text(new QTextBrowser(this))
    , m_paper(new QComboBox(this))
    , m_paperLabel(new QLabel(this))
    , m_print(new QPushButton(this))
    , m_savePdf(new QPushButton(this))
    , m_saveCsv(new QPushButton(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("shiftReportView"));
    m_text->setObjectName(QStringLiteral("shiftReportText"));
    m_paper->setObjectName(QStringLiteral("reportPaper"));
    m_print->setObjectName(QStringLiteral("printReportButton"));
    m_savePdf->setObjectName(QStringLiteral("saveReportPdfButton"));
    m_saveCsv->setObjectName(QStringLiteral("saveReportCsvButton"));
    m_message->setObjectName(QStringLiteral("reportMessage"));
    m_message->setWordWrap(true);
    m_text->setMinimumSize(360, 320);
    m_paper->addItem(QString(), int(Paper::Receipt80mm));
    m_paper->addItem(QString(), int(Paper::A4));
    m_paperLabel->setBuddy(m_paper);
    for (QPushButton *button : {m_print, m_savePdf, m_saveCsv})
        button->setEnabled(false);
    connect(m_print, &QPushButton::clicked, this, &ShiftReportView::onPrint);
    connect(m_savePdf, &QPushButton::clicked, this, &ShiftReportView::onSavePdf);
    connect(m_saveCsv, &QPushButton::clicked, this, &ShiftReportView::onSaveCsv);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_paperLabel);
    actions->addWidget(m_paper);
    actions->addWidget(m_print);
    actions->addWidget(m_savePdf);
    actions->addWidget(m_saveCsv);
    actions->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    retranslate();
}

ShiftReportView::~ShiftReportView() = default;

void ShiftReportView::showReport(const ShiftReport &report)
{
    m_report = report;
    m_text->setHtml(ShiftReportDocument(report).html());
    m_message->clear();
    for (QPushButton *button : {m_print, m_savePdf, m_saveCsv})
        button->setEnabled(true);
}

Paper ShiftReportView::paper() const
{
    return Paper(m_paper->currentData().toInt());
}

QString ShiftReportView::askPath(const QString &suggestedName, const QString &filter)
{
    if (m_savePathPrompt)
        return m_savePathPrompt(suggestedName);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(this, tr("Save the report"),
                                        QDir(folder).filePath(suggestedName), filter);
}

void ShiftReportView::onPrint()
{
    if (!m_report)
        return;
    ShiftReportDocument(*m_report).printOnChosenPrinter(this, paper(), m_printerPrompt);
}

void ShiftReportView::onSavePdf()
{
    if (!m_report)
        return;
    const ShiftReportDocument document(*m_report);
    const QString path
        = askPath(document.suggestedFileName(QStringLiteral("pdf")), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto written = document.writePdf(path, paper()); !written) {
        m_message->setText(written.error().message);
        return;
    }
    m_message->setText(tr("Report saved to %1").arg(QDir::toNativeSeparators(path)));
    Q_EMIT reportSaved(path);
}

void ShiftReportView::onSaveCsv()
{
    if (!m_report)
        return;
    const QString path
        = askPath(ShiftReportDocument(*m_report).suggestedFileName(QStringLiteral("csv")),
                  tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(m_report->toCsv().toUtf8()) < 0) {
        m_message->setText(tr("The report could not be saved: %1").arg(file.errorString()));
        return;
    }
    m_message->setText(tr("Report saved to %1").arg(QDir::toNativeSeparators(path)));
    Q_EMIT reportSaved(path);
}

void ShiftReportView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_report)
            m_text->setHtml(ShiftReportDocument(*m_report).html());
    }
}

void ShiftReportView::retranslate()
{
    m_paperLabel->setText(tr("Paper"));
    m_paper->setItemText(0, tr("80 mm receipt"));
    m_paper->setItemText(1, tr("A4"));
    m_print->setText(tr("Print…"));
    m_savePdf->setText(tr("Save as PDF…"));
    m_saveCsv->setText(tr("Export CSV…"));
    m_text->setAccessibleName(tr("Shift report"));
    m_paper->setAccessibleName(m_paperLabel->text());
}

} // namespace quire
