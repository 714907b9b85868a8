#pragma once

#include "domain/Result.h"
#include "print/DocumentPrinter.h"
#include "print/Paper.h"
#include "till/ShiftReport.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <functional>

class QPrinter;
class QWidget;

namespace quire {

// A shift's X or Z report as a person reads it: on screen, printed on an
// 80 mm receipt roll or an A4 sheet, or as a PDF (docs/tenders.md). The
// figures are ShiftReport's; this only lays them out (HTML for
// QTextDocument, put on paper by DocumentPrinter). No widgets.
class ShiftReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(quire::ShiftReportDocument)

public:
    explicit ShiftReportDocument(ShiftReport report, QLocale locale = QLocale());

    const ShiftReport &report() const { return m_report; }
    // "X report" or "Z report 3".
    QString title() const;
    QString html() const;
    // "z-report-counter-1-3.pdf", "x-report-counter-1-shift-7.csv".
    QString suggestedFileName(const QString &suffix) const;

    Result<void> writePdf(const QString &filePath, Paper paper) const;
    void printOnChosenPrinter(QWidget *parent, Paper paper,
                              const std::function<bool(QPrinter *)> &prompt) const;

private:
    QString money(qint64 minor) const;
    QString dateTime(const QDateTime &when) const;

    ShiftReport m_report;
    QLocale m_locale;
};

} // namespace quire
