#include "persistence/ReceiptNumberRepository.h"

#include "persistence/Database.h"

#include <QLoggingCategory>

namespace quire {

namespace {

Q_LOGGING_CATEGORY(lcReceipts, "quire.receipts")

QVariant optionalId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

Result<ReceiptNumber> ReceiptNumberRepository::assignSale(qint64 orderId, const QString &terminalId,
                                                          qint64 nowMs)
{
    return assign(QStringLiteral("sale"), orderId, std::nullopt, terminalId, nowMs);
}

Result<ReceiptNumber> ReceiptNumberRepository::assignRefund(qint64 orderId, qint64 refundId,
                                                            const QString &terminalId, qint64 nowMs)
{
    return assign(QStringLiteral("refund"), orderId, refundId, terminalId, nowMs);
}

Result<ReceiptNumber> ReceiptNumberRepository::assign(const QString &kind, qint64 orderId,
                                                      std::optional<qint64> refundId,
                                                      const QString &terminalId, qint64 nowMs)
{
    auto existing = refundId ? forRefund(*refundId) : forSale(orderId);
    if (!existing || existing->isValid())
        return existing;

    // A counter sale counts at the terminal of its shift, wherever the
    // gateway's callback that paid it arrived.
    QString terminal = terminalId;
    auto shift = m_database.exec(QStringLiteral("SELECT s.terminal_id FROM orders o"
                                                " JOIN shifts s ON s.id = o.shift_id"
                                                " WHERE o.id = ?"),
                                 {orderId});
    if (!shift)
        return shift.error();
    if (shift.value().next())
        terminal = shift.value().value(0).toString();
    if (terminal.isEmpty())
        return Error::invalid(QStringLiteral(
            "a receipt number needs a terminal")); // notr: a fault of the program, for the log

    auto next = m_database.exec(QStringLiteral("SELECT COALESCE(MAX(number), 0) + 1"
                                               " FROM receipt_numbers WHERE terminal_id = ?"),
                                {terminal});
    if (!next)
        return next.error();
    if (!next.value().next())
        return Error::database(QStringLiteral(
            "no next receipt number")); // notr: a fault of the program or the driver, for the log
    ReceiptNumber number{terminal, next.value().value(0).toLongLong()};
    auto inserted = m_database.exec(
        QStringLiteral("INSERT INTO receipt_numbers (terminal_id, number, kind, order_id,"
                       " refund_id, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
        {terminal, number.number, kind, orderId, optionalId(refundId), nowMs});
    if (!inserted)
        return inserted.error();
    qCDebug(lcReceipts).noquote() << kind << "receipt" << number.text() << "for order" << orderId;
    return number;
}

Result<ReceiptNumber> ReceiptNumberRepository::forSale(qint64 orderId) const
{
    return select(QStringLiteral("kind = 'sale' AND order_id = ?"), orderId);
}

Result<ReceiptNumber> ReceiptNumberRepository::forRefund(qint64 refundId) const
{
    return select(QStringLiteral("refund_id = ?"), refundId);
}

Result<ReceiptNumber> ReceiptNumberRepository::select(const QString &where, qint64 id) const
{
    auto query = m_database.exec(
        QStringLiteral("SELECT terminal_id, number FROM receipt_numbers WHERE ") + where, {id});
    if (!query)
        return query.error();
    if (!query.value().next())
        return ReceiptNumber{};
    return ReceiptNumber{query.value().value(0).toString(), query.value().value(1).toLongLong()};
}

Result<std::optional<InvoiceBuyer>> ReceiptNumberRepository::buyerOf(qint64 orderId) const
{
    auto query = m_database.exec(
        QStringLiteral("SELECT name, address, vat_number FROM invoice_buyers WHERE order_id = ?"),
        {orderId});
    if (!query)
        return query.error();
    if (!query.value().next())
        return std::optional<InvoiceBuyer>();
    InvoiceBuyer buyer;
    buyer.name = query.value().value(0).toString();
    const QString address = query.value().value(1).toString();
    if (!address.isEmpty())
        buyer.address = address.split(u'\n');
    buyer.vatNumber = query.value().value(2).toString();
    return std::optional<InvoiceBuyer>(buyer);
}

Result<void> ReceiptNumberRepository::insertBuyer(qint64 orderId, const InvoiceBuyer &buyer,
                                                  std::optional<qint64> createdBy, qint64 nowMs)
{
    auto inserted = m_database.exec(
        QStringLiteral("INSERT INTO invoice_buyers (order_id, name, address, vat_number,"
                       " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
        {orderId, buyer.name.trimmed(), buyer.address.join(u'\n'), buyer.vatNumber.trimmed(),
         optionalId(createdBy), nowMs});
    if (!inserted)
        return inserted.error();
    return {};
}

} // namespace quire
