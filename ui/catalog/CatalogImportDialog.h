#pragma once

#include "catalog/ImportReport.h"

#include <QDialog>
#include <memory>

namespace Ui {
class CatalogImportDialog;
}

namespace quire {

class CatalogImportJob;
class Clock;
class UserSession;

// A manager loads the store's catalog from a CSV file: choose the file,
// optionally strict, Import. The import runs on its own thread with its own
// database connection (CatalogImportJob), so the window keeps painting; the
// progress bar follows the file, Cancel rolls everything back (it is one
// transaction), and the report lists each refused row with its line and
// reason. Only users with Permission::ImportCatalog may start it.
class CatalogImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogImportDialog)

public:
    CatalogImportDialog(const QString &databasePath, const Clock &clock, UserSession &session,
                        QWidget *parent = nullptr);
    ~CatalogImportDialog() override;

    bool isImporting() const;
    // The last finished import's report.
    const ImportReport &lastReport() const { return m_lastReport; }

    // Closing while an import runs cancels it instead (and waits for the report).
    void reject() override;

Q_SIGNALS:
    // An import committed: the catalog changed.
    void catalogImported(qint64 imported);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void onBrowse();
    void onImport();
    void onCancelImport();
    void onProgress(qint64 bytesDone, qint64 bytesTotal, qint64 rowsRead);
    void onFinished(const quire::ImportReport &report);
    void updateState();
    void showReport();

    std::unique_ptr<Ui::CatalogImportDialog> m_ui;
    UserSession &m_session;
    CatalogImportJob *m_job;
    ImportReport m_lastReport;
    bool m_hasReport = false;
};

} // namespace quire
