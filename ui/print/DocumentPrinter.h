#pragma once

#include "print/Paper.h"

#include <QString>
#include <functional>
#include <memory>

class QPrinter;
class QTextDocument;
class QWidget;

namespace quire {

// Lays out an HTML document (QTextDocument's subset) on paper and prints it
// or writes it as a PDF: the one place receipts and shift reports are put
// on a page. No widgets, except the print dialog printOnChosenPrinter opens.
class DocumentPrinter
{
public:
    DocumentPrinter(QString title, QString html);

    const QString &title() const { return m_title; }
    const QString &html() const { return m_html; }
    // A document ready to show or print; the caller owns it.
    std::unique_ptr<QTextDocument> document() const;

    // Writes a PDF (high resolution); false when no file came out (QPrinter
    // reports no write errors itself).
    bool writePdf(const QString &filePath, Paper paper) const;
    // Lays the document out for `paper` and prints it on `printer`.
    void print(QPrinter *printer, Paper paper) const;
    // Prints on the printer a person picks in Qt's print dialog, opened over
    // `parent` without blocking the screens. A `prompt` stands in for the
    // dialog (tests answer it; the kiosk prints to the default printer):
    // true prints.
    void printOnChosenPrinter(QWidget *parent, Paper paper,
                              const std::function<bool(QPrinter *)> &prompt,
                              const QString &dialogObjectName) const;

private:
    QString m_title;
    QString m_html;
};

} // namespace quire
