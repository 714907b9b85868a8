#include "print/DocumentPrinter.h"

#include <QAbstractTextDocumentLayout>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QTextDocument>

namespace quire {

namespace {

constexpr qreal kMillimetresPerInch = 25.4;

struct Sheet
{
    qreal widthMm;
    QMarginsF marginsMm;
};

Sheet sheetFor(Paper paper)
{
    // A thermal head prints about 72 mm of an 80 mm roll.
    if (paper == Paper::Receipt80mm)
        return {80.0, QMarginsF(4.0, 4.0, 4.0, 6.0)};
    return {210.0, QMarginsF(20.0, 15.0, 20.0, 15.0)};
}

} // namespace

DocumentPrinter::DocumentPrinter(QString title, QString html)
    : m_title(std::move(title))
    , m_html(std::move(html))
{}

std::unique_ptr<QTextDocument> DocumentPrinter::document() const
{
    auto document = std::make_unique<QTextDocument>();
    document->setHtml(m_html);
    document->setMetaInformation(QTextDocument::DocumentTitle, m_title);
    return document;
}

bool DocumentPrinter::writePdf(const QString &filePath, Paper paper) const
{
    if (filePath.isEmpty())
        return false;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(filePath);
    printer.setCreator(QStringLiteral("Quire"));
    print(&printer, paper);
    const QFileInfo written(filePath);
    return written.exists() && written.size() > 0;
}

void DocumentPrinter::print(QPrinter *printer, Paper paper) const
{
    printer->setDocName(m_title);
    auto document = this->document();
    if (paper == Paper::PrinterDefault) {
        document->print(printer);
        return;
    }
    // Laid out at the printer's resolution, so that what is measured here is
    // what is drawn.
    const Sheet sheet = sheetFor(paper);
    const qreal dotsPerMm = printer->resolution() / kMillimetresPerInch;
    document->documentLayout()->setPaintDevice(printer);
    document->setTextWidth((sheet.widthMm - sheet.marginsMm.left() - sheet.marginsMm.right())
                           * dotsPerMm);
    QPageSize size(QPageSize::A4);
    if (paper == Paper::Receipt80mm) {
        // One page as long as the text (and a millimetre to spare).
        const qreal heightMm = document->size().height() / dotsPerMm + sheet.marginsMm.top()
                               + sheet.marginsMm.bottom() + 1.0;
        size = QPageSize(QSizeF(sheet.widthMm, heightMm), QPageSize::Millimeter,
                         QStringLiteral("Receipt 80 mm"), QPageSize::ExactMatch);
    }
    printer->setPageLayout(
        QPageLayout(size, QPageLayout::Portrait, sheet.marginsMm, QPageLayout::Millimeter));
    QPainter painter;
    if (!painter.begin(printer))
        return;
    const QSizeF page = printer->pageLayout().paintRectPixels(printer->resolution()).size();
    document->setPageSize(page);
    const int pages = document->pageCount();
    for (int index = 0; index < pages; ++index) {
        if (index > 0)
            printer->newPage();
        const QRectF shown(0, index * page.height(), page.width(), page.height());
        painter.save();
        painter.translate(0, -shown.top());
        document->drawContents(&painter, shown);
        painter.restore();
    }
}

void DocumentPrinter::printOnChosenPrinter(QWidget *parent, Paper paper,
                                           const std::function<bool(QPrinter *)> &prompt,
                                           const QString &dialogObjectName) const
{
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    if (prompt) {
        if (prompt(printer.get()))
            print(printer.get(), paper);
        return;
    }
    auto *dialog = new QPrintDialog(printer.get(), parent);
    dialog->setObjectName(dialogObjectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(
        dialog, qOverload<QPrinter *>(&QPrintDialog::accepted), dialog,
        [printer, paper, copy = *this](QPrinter *) { copy.print(printer.get(), paper); });
    dialog->open();
}

} // namespace quire
