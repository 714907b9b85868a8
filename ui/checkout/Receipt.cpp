#include "checkout/Receipt.h"

#include "UiLogging.h"
#include "flows/RefundTax.h"
#include "print/DocumentPrinter.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTextDocument>

namespace quire {

namespace {

QString loadTemplate()
{
    QFile file(QStringLiteral(":/receipt/receipt.html"));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcUi) << "receipt template missing from the resources";
        return QStringLiteral("<h1>{{title}}</h1><p>{{order_number}}</p><table>{{lines}}</table>"
                              "<p>{{total_label}} {{total}}</p>");
    }
    return QString::fromUtf8(file.readAll());
}

QString cell(const QString &text, bool number = false)
{
    return (number ? QStringLiteral("<td class=\"num\" align=\"right\">") : QStringLiteral("<td>"))
           + text.toHtmlEscaped() + QStringLiteral("</td>");
}

// The tax letter beside a line's total, set apart from it.
QString letterCell(const std::optional<TaxCategory> &category)
{
    return QStringLiteral("<td class=\"letter\" align=\"center\">")
           + (category ? receiptLetter(*category).toHtmlEscaped() : QString())
           + QStringLiteral("</td>");
}

// Each discount as a row under its line: what was taken off and why.
QString discountRows(const OrderLine &line, const QString &orderReason, const QLocale &locale)
{
    QString rows;
    const auto row = [&](const QString &label, qint64 minor) {
        const auto amount = Money::fromMinorUnits(-minor, line.unitPrice.currency());
        rows += QStringLiteral("  <tr class=\"discount\">") + cell(label) + cell(QString())
                + cell(QString()) + cell(amount ? amount->toString(locale) : QString(), true)
                + cell(QString()) + QStringLiteral("</tr>\n");
    };
    if (line.lineDiscountMinor > 0)
        row(Receipt::tr("  Discount: %1").arg(line.discountReason), line.lineDiscountMinor);
    if (line.orderDiscountMinor > 0)
        row(Receipt::tr("  Order discount: %1").arg(orderReason), line.orderDiscountMinor);
    return rows;
}

} // namespace

Receipt::Receipt(ReceiptSettings settings, Order order, Payment payment)
    : m_settings(std::move(settings))
    , m_order(std::move(order))
    , m_payment(std::move(payment))
{}

Receipt Receipt::forRefund(ReceiptSettings settings, Order order, Payment payment, Refund refund,
                           QList<RefundLine> lines)
{
    Receipt receipt(std::move(settings), std::move(order), std::move(payment));
    receipt.m_refund = std::move(refund);
    receipt.m_refundLines = std::move(lines);
    return receipt;
}

QString Receipt::title() const
{
    if (m_refund)
        return isInvoice() ? tr("Credit note") : tr("Refund receipt");
    return isInvoice() ? tr("Invoice") : tr("Receipt");
}

QString Receipt::suggestedFileName() const
{
    if (m_refund)
        return QStringLiteral("refund-%1-order-%2.pdf").arg(m_refund->id).arg(m_order.id);
    return QStringLiteral("receipt-order-%1.pdf").arg(m_order.id);
}

QString Receipt::html() const
{
    return html(m_settings.paper);
}

QString Receipt::html(Paper paper) const
{
    const QLocale &locale = m_settings.locale;
    QString rows;
    if (m_refund) {
        for (const RefundLine &line : m_refundLines) {
            rows += QStringLiteral("  <tr>") + cell(line.title)
                    + cell(locale.toString(line.quantity), true)
                    + cell(line.unitPrice.toString(locale), true)
                    + cell(line.amount.toString(locale), true) + letterCell(line.taxCategory)
                    + QStringLiteral("</tr>\n");
        }
    } else {
        for (const OrderLine &line : m_order.lines) {
            auto lineTotal = line.unitPrice.times(line.quantity);
            rows += QStringLiteral("  <tr>") + cell(line.title)
                    + cell(locale.toString(line.quantity), true)
                    + cell(line.unitPrice.toString(locale), true)
                    + cell(lineTotal ? lineTotal->toString(locale) : QString(), true)
                    + letterCell(line.taxCategory) + QStringLiteral("</tr>\n");
            rows += discountRows(line, m_order.orderDiscountReason, locale);
        }
    }
    QDateTime when
        = (m_payment.updatedAt.isValid() ? m_payment.updatedAt : m_order.createdAt).toLocalTime();
    QString reference = m_payment.gatewayPaymentIntent.isEmpty() ? m_payment.gatewaySessionId
                                                                 : m_payment.gatewayPaymentIntent;
    QString status = m_order.status == OrderStatus::Refunded ? tr("Refunded") : tr("Paid");
    QString total = m_order.total.isValid() ? m_order.total.toString(locale) : QString();
    QString paymentLabel = tr("Payment attempt");
    QString paymentValue = QString::number(m_payment.attempt);
    if (m_refund) {
        when = m_refund->updatedAt.toLocalTime();
        if (!m_refund->gatewayRefundId.isEmpty())
            reference = m_refund->gatewayRefundId;
        switch (m_refund->status) {
        case RefundStatus::Succeeded:
            status = tr("Refunded");
            break;
        case RefundStatus::Failed:
            status = tr("Refund failed");
            break;
        case RefundStatus::Requested:
        case RefundStatus::Pending:
            status = tr("Refund pending");
            break;
        }
        total = m_refund->amount.toString(locale);
        paymentLabel = tr("Refund");
        paymentValue = QString::number(m_refund->id);
    }
    if (reference.isEmpty())
        reference = tr("none");

    const QList<std::pair<QString, QString>> values{
        {QStringLiteral("title"), title()},
        {QStringLiteral("store_name"), m_settings.storeName},
        {QStringLiteral("order_label"), tr("Order")},
        {QStringLiteral("order_number"), QString::number(m_order.id)},
        {QStringLiteral("date_label"), tr("Date")},
        {QStringLiteral("date"), locale.toString(when, QLocale::ShortFormat)},
        {QStringLiteral("status_label"), tr("Status")},
        {QStringLiteral("status"), status},
        {QStringLiteral("title_header"), tr("Title")},
        {QStringLiteral("quantity_header"), tr("Qty")},
        {QStringLiteral("price_header"), tr("Price")},
        {QStringLiteral("line_total_header"), tr("Total")},
        {QStringLiteral("tax_letter_header"), tr("Tax")},
        {QStringLiteral("total_label"), m_refund ? tr("Refunded to the card") : tr("Total")},
        {QStringLiteral("total"), total},
        {QStringLiteral("footer"), m_settings.footer},
    };
    QHash<QString, QString> escaped;
    for (const auto &[key, value] : values)
        escaped.insert(key, value.toHtmlEscaped());
    QStringList address;
    for (const QString &line : m_settings.storeAddress)
        address.append(line.toHtmlEscaped());
    escaped.insert(QStringLiteral("store_address"), address.join(QStringLiteral("<br>")));
    escaped.insert(QStringLiteral("lines"), rows); // built from escaped cells
    escaped.insert(QStringLiteral("seller_ids"), sellerHtml());
    escaped.insert(QStringLiteral("buyer"), buyerHtml());
    QString numberRows;
    const auto metaRow = [](const QString &label, const QString &value) {
        return QStringLiteral("  <tr><td>") + label.toHtmlEscaped() + QStringLiteral("</td><td>")
               + value.toHtmlEscaped() + QStringLiteral("</td></tr>\n");
    };
    if (m_number.isValid())
        numberRows += metaRow(isInvoice() ? tr("Invoice no.") : tr("Receipt no."), m_number.text());
    if (m_refund && m_originalNumber.isValid())
        numberRows += metaRow(tr("Refund of receipt"), m_originalNumber.text());
    escaped.insert(QStringLiteral("number_rows"), numberRows);
    // About 72 mm of print: smaller type, the tables across the width.
    escaped.insert(QStringLiteral("paper_style"),
                   paper == Paper::Receipt80mm
                       ? QStringLiteral("  body { font-size: 8pt; }\n"
                                        "  h1 { font-size: 12pt; }\n"
                                        "  .store { font-size: 10pt; }\n"
                                        "  .total td { font-size: 9pt; }\n"
                                        "  table.lines th, table.lines td { padding: 1pt 2pt; }\n"
                                        "  table.taxes th, table.taxes td { padding: 1pt 1pt; }\n")
                       : QString());
    escaped.insert(QStringLiteral("tax_table"), taxTableHtml(paper));
    escaped.insert(QStringLiteral("tenders"), tendersHtml(paper));
    escaped.insert(QStringLiteral("payment"), paymentHtml(paymentLabel, paymentValue, reference));

    // One pass over the template, so a value that looks like a placeholder
    // (a store named "{{total}}") stays text.
    const QString source = loadTemplate();
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{([a-z_]+)\\}\\}"));
    QString html;
    qsizetype done = 0;
    for (auto it = placeholder.globalMatch(source); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        html += source.mid(done, match.capturedStart() - done);
        html += escaped.value(match.captured(1));
        done = match.capturedEnd();
    }
    html += source.mid(done);
    return html;
}

QString Receipt::taxTableHtml(Paper paper) const
{
    const QList<TaxTotal> totals
        = m_refund ? RefundTax::totalsOf(m_refundLines) : m_order.taxTotals;
    if (totals.isEmpty() || !m_order.taxPricing)
        return QString();
    const QLocale &locale = m_settings.locale;
    const QString taxName
        = *m_order.taxPricing == TaxPricing::Inclusive ? tr("VAT") : tr("Sales tax");
    // Widths, so that the columns stay apart in print and in a PDF's text.
    const auto header = [](const QString &text, int percent, bool number) {
        return QStringLiteral("<th width=\"%1%\"%2>")
                   .arg(percent)
                   .arg(number ? QStringLiteral(" class=\"num\" align=\"right\"") : QString())
               + text.toHtmlEscaped() + QStringLiteral("</th>");
    };
    QString html = QStringLiteral("<table class=\"taxes\" width=\"%1%\">\n  <tr>")
                       .arg(paper == Paper::Receipt80mm ? 100 : 70)
                   + header(tr("Tax"), 10, false) + header(tr("Rate"), 15, true)
                   + header(tr("Net"), 25, true) + header(taxName, 25, true)
                   + header(tr("Gross"), 25, true) + QStringLiteral("</tr>\n");
    for (const TaxTotal &total : totals) {
        html += QStringLiteral("  <tr>") + cell(receiptLetter(total.category))
                + cell(total.rate.toPercentText(locale), true)
                + cell(total.net.toString(locale), true) + cell(total.tax.toString(locale), true)
                + cell(total.gross.toString(locale), true) + QStringLiteral("</tr>\n");
    }
    return html + QStringLiteral("</table>\n");
}

QString Receipt::tendersHtml(Paper paper) const
{
    if (m_refund || m_cashTenders.isEmpty())
        return QString();
    const QLocale &locale = m_settings.locale;
    const QString currency = m_order.total.currency();
    const auto money = [&](qint64 minor) {
        auto amount = Money::fromMinorUnits(minor, currency);
        return amount ? amount->toString(locale) : QString();
    };
    const auto row = [](const QString &label, const QString &amount) {
        return QStringLiteral("  <tr>") + cell(label) + cell(amount, true)
               + QStringLiteral("</tr>\n");
    };
    QString rows;
    qint64 rounding = 0;
    qint64 change = 0;
    for (const CashTender &tender : m_cashTenders) {
        rows += row(tender.refunded ? tr("Cash handed over (given back)") : tr("Cash handed over"),
                    tender.handed.toString(locale));
        if (!tender.refunded) {
            rounding += tender.rounding.minorUnits();
            change += tender.change.minorUnits();
        }
    }
    if (m_payment.id != 0
        && (m_payment.status == PaymentStatus::Paid || m_payment.status == PaymentStatus::Refunded))
        rows += row(tr("Card"), m_payment.amount.toString(locale));
    if (rounding != 0)
        rows += row(tr("Cash rounding"), money(rounding));
    rows += row(tr("Change"), money(change));
    return QStringLiteral("<table class=\"tenders\" width=\"%1%\">\n")
               .arg(paper == Paper::Receipt80mm ? 100 : 70)
           + rows + QStringLiteral("</table>\n");
}

QString Receipt::paymentHtml(const QString &label, const QString &value,
                             const QString &reference) const
{
    if (!m_refund && m_payment.id == 0 && !m_cashTenders.isEmpty())
        return QString(); // paid in cash only: no card attempt to name
    return QStringLiteral("<p class=\"muted\">") + label.toHtmlEscaped() + u' '
           + value.toHtmlEscaped() + QStringLiteral("<br>")
           + tr("Payment reference").toHtmlEscaped() + u' ' + reference.toHtmlEscaped()
           + QStringLiteral("</p>");
}

QString Receipt::sellerHtml() const
{
    QStringList ids;
    if (!m_settings.vatNumber.isEmpty())
        ids.append(tr("VAT no. %1").arg(m_settings.vatNumber).toHtmlEscaped());
    if (!m_settings.taxNumber.isEmpty())
        ids.append(tr("Tax no. %1").arg(m_settings.taxNumber).toHtmlEscaped());
    if (ids.isEmpty())
        return QString();
    return QStringLiteral("<p class=\"muted\">") + ids.join(QStringLiteral("<br>"))
           + QStringLiteral("</p>");
}

QString Receipt::buyerHtml() const
{
    if (!isInvoice())
        return QString();
    QStringList lines{QStringLiteral("<b>") + m_buyer->name.toHtmlEscaped()
                      + QStringLiteral("</b>")};
    for (const QString &line : m_buyer->address)
        lines.append(line.toHtmlEscaped());
    if (!m_buyer->vatNumber.isEmpty())
        lines.append(tr("VAT no. %1").arg(m_buyer->vatNumber).toHtmlEscaped());
    return QStringLiteral("<p class=\"buyer\">") + tr("Bill to").toHtmlEscaped()
           + QStringLiteral("<br>") + lines.join(QStringLiteral("<br>")) + QStringLiteral("</p>");
}

DocumentPrinter Receipt::printable(Paper paper) const
{
    return DocumentPrinter(title(), html(paper));
}

std::unique_ptr<QTextDocument> Receipt::document() const
{
    return printable(m_settings.paper).document();
}

Result<void> Receipt::writePdf(const QString &filePath) const
{
    return writePdf(filePath, m_settings.paper);
}

Result<void> Receipt::writePdf(const QString &filePath, Paper paper) const
{
    if (filePath.isEmpty())
        return Error::invalid(tr("No file name for the receipt."));
    if (!printable(paper).writePdf(filePath, paper))
        return Error::invalid(tr("The receipt could not be written to %1.").arg(filePath));
    qCInfo(lcUi) << (m_refund ? "refund receipt" : "receipt") << "for order" << m_order.id
                 << "saved as PDF";
    return {};
}

void Receipt::print(QPrinter *printer) const
{
    printable(m_settings.paper).print(printer, m_settings.paper);
}

void Receipt::printOnChosenPrinter(QWidget *parent, const std::function<bool(QPrinter *)> &prompt,
                                   const QString &dialogObjectName) const
{
    printable(m_settings.paper)
        .printOnChosenPrinter(parent, m_settings.paper, prompt, dialogObjectName);
}

} // namespace quire
