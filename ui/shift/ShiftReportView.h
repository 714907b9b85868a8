#pragma once

#include "print/Paper.h"
#include "till/ShiftReport.h"

#include <QWidget>
#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QPrinter;
class QPushButton;
class QTextBrowser;

namespace quire {

// A shift's X or Z report on screen, with what can be done with it: print it
// (80 mm receipt or A4, through Qt's print dialog), save it as a PDF in
// either layout, or export its CSV. The layout is ShiftReportDocument's.
class ShiftReportView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShiftReportView)

public:
    // Answers "where should the file go?" (empty: nowhere). Tests set one;
    // by default a file dialog asks.
    using SavePathPrompt = std::function<QString(const QString &suggestedName)>;
    // Sets up the printer and says whether to print. By default the print
    // dialog asks.
    using PrinterPrompt = std::function<bool(QPrinter *printer)>;

    explicit ShiftReportView(QWidget *parent = nullptr);
    ~ShiftReportView() override;

    void showReport(const ShiftReport &report);
    const std::optional<ShiftReport> &report() const { return m_report; }
    void setSavePathPrompt(SavePathPrompt prompt) { m_savePathPrompt = std::move(prompt); }
    void setPrinterPrompt(PrinterPrompt prompt) { m_printerPrompt = std::move(prompt); }
    Paper paper() const;
    QPushButton *csvButton() const { return m_saveCsv; }

Q_SIGNALS:
    // A PDF or CSV file was written.
    void reportSaved(const QString &filePath);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onPrint();
    void onSavePdf();
    void onSaveCsv();
    QString askPath(const QString &suggestedName, const QString &filter);
    void retranslate();

    std::optional<ShiftReport> m_report;
    QTextBrowser *m_text;
    QComboBox *m_paper;
    QLabel *m_paperLabel;
    QPushButton *m_print;
    QPushButton *m_savePdf;
    QPushButton *m_saveCsv;
    QLabel *m_message;
    SavePathPrompt m_savePathPrompt;
    PrinterPrompt m_printerPrompt;
};

} // namespace quire
