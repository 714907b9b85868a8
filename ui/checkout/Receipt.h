#pragma once

#include "checkout/ReceiptSettings.h"
#include "domain/CashTender.h"
#include "domain/InvoiceBuyer.h"
#include "domain/Order.h"
#include "domain/Payment.h"
#include "domain/ReceiptNumber.h"
#include "domain/Refund.h"
#include "domain/RefundLine.h"
#include "domain/Result.h"
#include "print/Paper.h"

#include <QCoreApplication>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

class QPrinter;
class QWidget;
class QTextDocument;

namespace quire {

class DocumentPrinter;

// The receipt of a paid order: HTML from the template in resources
// (:/receipt/receipt.html), as a QTextDocument for printing or as a PDF.
// It shows the order, its lines (each with its tax category's letter) and
// total, the tax table (per rate: net, VAT or sales tax, gross), the payment
// attempt and the gateway's reference, never card data (Quire never has any).
class Receipt
{
    Q_DECLARE_TR_FUNCTIONS(quire::Receipt)

public:
    Receipt(ReceiptSettings settings, Order order, Payment payment);
    // The receipt of a refund of (part of) that order: its lines, amount,
    // status and the gateway's refund reference, from the same template.
    static Receipt forRefund(ReceiptSettings settings, Order order, Payment payment, Refund refund,
                             QList<RefundLine> lines);

    // The order's cash tenders (TenderService::tendersOf): the receipt then
    // lists what paid it and the change. An order paid only in cash has no
    // card attempt: pass a default Payment.
    void setCashTenders(QList<CashTender> tenders) { m_cashTenders = std::move(tenders); }
    // The receipt's number (ReceiptNumberRepository): a sale's, or a
    // refund's; a refund receipt also names the sale's it refunds.
    void setNumber(ReceiptNumber number) { m_number = std::move(number); }
    void setOriginalNumber(ReceiptNumber number) { m_originalNumber = std::move(number); }
    // A business customer's details: the receipt becomes an invoice (a
    // refund's a credit note) addressed to them.
    void setInvoiceBuyer(std::optional<InvoiceBuyer> buyer) { m_buyer = std::move(buyer); }
    bool isInvoice() const { return m_buyer && !m_buyer->isEmpty(); }

    QString title() const;
    // The receipt laid out for the settings' paper, or for `paper`: one
    // document, with smaller type on an 80 mm roll.
    QString html() const;
    QString html(Paper paper) const;
    // A document ready to print; the caller owns it.
    std::unique_ptr<QTextDocument> document() const;

    // Writes the receipt as a PDF file (high resolution), laid out on the
    // settings' paper (ReceiptSettings::paper) or on `paper`.
    Result<void> writePdf(const QString &filePath) const;
    Result<void> writePdf(const QString &filePath, Paper paper) const;
    // Prints on a printer the caller has set up (e.g. through QPrintDialog).
    void print(QPrinter *printer) const;

    // Prints on the printer a person picks in Qt's print dialog, opened over
    // `parent` without blocking the screens. A non-empty `prompt` stands in
    // for the dialog (tests answer it; the kiosk prints to the default
    // printer): true prints.
    void printOnChosenPrinter(QWidget *parent, const std::function<bool(QPrinter *)> &prompt,
                              const QString &dialogObjectName) const;

    // A file name such as "receipt-order-42.pdf" ("refund-7-order-42.pdf").
    QString suggestedFileName() const;

private:
    DocumentPrinter printable(Paper paper) const;
    // The per-rate net/tax/gross table (HTML, escaped); empty for an order
    // without tax.
    QString taxTableHtml(Paper paper) const;
    // The cash handed over, the card's part, rounding and change (HTML,
    // escaped); empty without cash tenders.
    QString tendersHtml(Paper paper) const;
    // The card attempt and the gateway's reference; empty for a sale paid
    // only in cash.
    QString paymentHtml(const QString &label, const QString &value, const QString &reference) const;
    // The seller's VAT and tax numbers under the address (HTML, escaped).
    QString sellerHtml() const;
    // The invoice's buyer (HTML, escaped); empty for a plain receipt.
    QString buyerHtml() const;

    ReceiptSettings m_settings;
    Order m_order;
    Payment m_payment;
    std::optional<Refund> m_refund;
    QList<RefundLine> m_refundLines;
    QList<CashTender> m_cashTenders;
    ReceiptNumber m_number;
    ReceiptNumber m_originalNumber;
    std::optional<InvoiceBuyer> m_buyer;
};

} // namespace quire
