#include "cart/CartRepository.h"

#include "domain/DiscountCalculator.h"
#include "persistence/Database.h"

#include <QCoreApplication>

namespace quire {

namespace {

Result<Discount> discountOf(const QString &kind, qint64 value, const QString &reason,
                            const QString &exceptionText, const QString &currency)
{
    const auto exception = priceLawExceptionFromDatabaseText(exceptionText);
    if (kind == u"percent" && exception)
        return Discount::percent(value, reason, *exception);
    if (kind == u"amount" && exception) {
        auto amount = Money::fromMinorUnits(value, currency);
        if (amount)
            return Discount::off(*amount, reason, *exception);
    }
    return Error::database(
        QStringLiteral("a cart discount is damaged: %1 %2").arg(kind).arg(value)); // notr: log
}

QVariant nullable(bool present, const QVariant &value)
{
    return present ? value : QVariant(value.metaType());
}

qint64 valueOf(const Discount &discount)
{
    return discount.kind == Discount::Kind::Percent ? discount.basisPoints
                                                    : discount.amount.minorUnits();
}

} // namespace

qint64 CartLine::discountMinor() const
{
    if (!discount)
        return 0;
    auto total = lineTotal();
    if (!total)
        return 0;
    auto off = DiscountCalculator::discountOf(total->minorUnits(), total->currency(), *discount);
    return off ? *off : 0;
}

Result<qint64> CartRepository::open(const QString &sessionKey, qint64 nowMs)
{
    auto created = m_database.exec(
        QStringLiteral("INSERT INTO carts (session_key, created_at, updated_at) VALUES (?, ?, ?)"
                       " ON CONFLICT (session_key) DO NOTHING"),
        {sessionKey, nowMs, nowMs});
    if (!created)
        return created.error();
    auto query = m_database.exec(QStringLiteral("SELECT id FROM carts WHERE session_key = ?"),
                                 {sessionKey});
    if (!query)
        return query.error();
    if (!query.value().next())
        return Error::database(
            QCoreApplication::translate("quire::CartRepository", "the cart for %1 vanished")
                .arg(sessionKey));
    return query.value().value(0).toLongLong();
}

Result<QList<CartLine>> CartRepository::select(const QString &where,
                                               const QVariantList &bindings) const
{
    auto query = m_database.exec(
        QStringLiteral(
            "SELECT l.id, l.isbn13, b.title, COALESCE(l.unit_price_minor, b.price_minor),"
            " b.currency, l.quantity, b.stock, b.stock_tracked,"
            " l.unit_price_minor IS NOT NULL, l.discount_kind, l.discount_value,"
            " l.discount_reason, l.discount_exception,"
            " b.kind = 'book' AND COALESCE(b.price_bound, 1) = 1"
            " FROM cart_lines l JOIN books b ON b.isbn13 = l.isbn13 WHERE ")
            + where + QStringLiteral(" ORDER BY l.id"),
        bindings);
    if (!query)
        return query.error();
    QList<CartLine> lines;
    QSqlQuery &row = query.value();
    while (row.next()) {
        auto price = Money::fromMinorUnits(row.value(3).toLongLong(), row.value(4).toString());
        if (!price)
            return Error::database(QCoreApplication::translate("quire::CartRepository",
                                                               "book %1 has a damaged price: %2")
                                       .arg(row.value(1).toString(), price.error().message));
        CartLine line{row.value(0).toLongLong(), row.value(1).toString(),
                      row.value(2).toString(),   *price,
                      row.value(5).toInt(),      row.value(6).toInt(),
                      row.value(7).toInt() != 0, row.value(8).toInt() != 0};
        line.priceBound = row.value(13).toBool();
        if (!row.value(9).isNull()) {
            auto discount
                = discountOf(row.value(9).toString(), row.value(10).toLongLong(),
                             row.value(11).toString(), row.value(12).toString(), price->currency());
            if (!discount)
                return discount.error();
            line.discount = *discount;
        }
        lines.append(line);
    }
    return lines;
}

Result<QList<CartLine>> CartRepository::lines(qint64 cartId) const
{
    return select(QStringLiteral("l.cart_id = ?"), {cartId});
}

Result<std::optional<CartLine>> CartRepository::line(qint64 cartId, const QString &isbn13) const
{
    auto found
        = select(QStringLiteral("l.cart_id = ? AND l.isbn13 = ? AND l.unit_price_minor IS NULL"),
                 {cartId, isbn13});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<CartLine>();
    return std::optional<CartLine>(found->first());
}

Result<std::optional<CartLine>> CartRepository::lineById(qint64 cartId, qint64 lineId) const
{
    auto found = select(QStringLiteral("l.cart_id = ? AND l.id = ?"), {cartId, lineId});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<CartLine>();
    return std::optional<CartLine>(found->first());
}

Result<qint64> CartRepository::addAtPrice(qint64 cartId, const QString &isbn13,
                                          qint64 unitPriceMinor, int quantity, qint64 nowMs)
{
    auto existing = m_database.exec(QStringLiteral("SELECT id FROM cart_lines WHERE cart_id = ?"
                                                   " AND isbn13 = ? AND unit_price_minor = ?"),
                                    {cartId, isbn13, unitPriceMinor});
    if (!existing)
        return existing.error();
    qint64 lineId = 0;
    if (existing.value().next()) {
        lineId = existing->value(0).toLongLong();
        auto added = m_database.exec(
            QStringLiteral("UPDATE cart_lines SET quantity = quantity + ?, updated_at = ?"
                           " WHERE id = ?"),
            {quantity, nowMs, lineId});
        if (!added)
            return added.error();
    } else {
        auto inserted = m_database.exec(
            QStringLiteral("INSERT INTO cart_lines (cart_id, isbn13, quantity, added_at,"
                           " updated_at, unit_price_minor) VALUES (?, ?, ?, ?, ?, ?)"),
            {cartId, isbn13, quantity, nowMs, nowMs, unitPriceMinor});
        if (!inserted)
            return inserted.error();
        auto id = m_database.exec(QStringLiteral("SELECT id FROM cart_lines WHERE cart_id = ?"
                                                 " AND isbn13 = ? AND unit_price_minor = ?"),
                                  {cartId, isbn13, unitPriceMinor});
        if (!id)
            return id.error();
        if (!id.value().next())
            return Error::database(QCoreApplication::translate("quire::CartRepository",
                                                               "the cart line for %1 vanished")
                                       .arg(isbn13));
        lineId = id->value(0).toLongLong();
    }
    if (auto touched = touch(cartId, nowMs); !touched)
        return touched.error();
    return lineId;
}

Result<void> CartRepository::setLineQuantity(qint64 cartId, qint64 lineId, int quantity,
                                             qint64 nowMs)
{
    auto updated = m_database.exec(QStringLiteral("UPDATE cart_lines SET quantity = ?,"
                                                  " updated_at = ? WHERE cart_id = ? AND id = ?"),
                                   {quantity, nowMs, cartId, lineId});
    if (!updated)
        return updated.error();
    if (updated.value().numRowsAffected() == 0)
        return Error::notFound(
            QCoreApplication::translate("quire::CartRepository", "that line is not in the cart"));
    return touch(cartId, nowMs);
}

Result<void> CartRepository::removeLine(qint64 cartId, qint64 lineId, qint64 nowMs)
{
    auto removed = m_database.exec(
        QStringLiteral("DELETE FROM cart_lines WHERE cart_id = ? AND id = ?"), {cartId, lineId});
    if (!removed)
        return removed.error();
    return touch(cartId, nowMs);
}

Result<void> CartRepository::addQuantity(qint64 cartId, const QString &isbn13, int quantity,
                                         qint64 nowMs)
{
    auto added = m_database.exec(
        QStringLiteral("INSERT INTO cart_lines (cart_id, isbn13, quantity, added_at, updated_at)"
                       " VALUES (?, ?, ?, ?, ?) ON CONFLICT (cart_id, isbn13)"
                       " WHERE unit_price_minor IS NULL DO UPDATE"
                       " SET quantity = cart_lines.quantity + excluded.quantity,"
                       " updated_at = excluded.updated_at"),
        {cartId, isbn13, quantity, nowMs, nowMs});
    if (!added)
        return added.error();
    return touch(cartId, nowMs);
}

Result<void> CartRepository::setQuantity(qint64 cartId, const QString &isbn13, int quantity,
                                         qint64 nowMs)
{
    auto updated
        = m_database.exec(QStringLiteral("UPDATE cart_lines SET quantity = ?, updated_at = ?"
                                         " WHERE cart_id = ? AND isbn13 = ?"
                                         " AND unit_price_minor IS NULL"),
                          {quantity, nowMs, cartId, isbn13});
    if (!updated)
        return updated.error();
    if (updated.value().numRowsAffected() == 0)
        return Error::notFound(
            QCoreApplication::translate("quire::CartRepository", "%1 is not in the cart")
                .arg(isbn13));
    return touch(cartId, nowMs);
}

Result<void> CartRepository::remove(qint64 cartId, const QString &isbn13, qint64 nowMs)
{
    auto removed
        = m_database.exec(QStringLiteral("DELETE FROM cart_lines WHERE cart_id = ? AND isbn13 = ?"
                                         " AND unit_price_minor IS NULL"),
                          {cartId, isbn13});
    if (!removed)
        return removed.error();
    return touch(cartId, nowMs);
}

Result<void> CartRepository::clear(qint64 cartId, qint64 nowMs)
{
    auto cleared
        = m_database.exec(QStringLiteral("DELETE FROM cart_lines WHERE cart_id = ?"), {cartId});
    if (!cleared)
        return cleared.error();
    return setOrderDiscount(cartId, std::nullopt, nowMs);
}

Result<void> CartRepository::setLineDiscount(qint64 cartId, qint64 lineId,
                                             const std::optional<Discount> &discount, qint64 nowMs)
{
    const bool has = discount.has_value();
    auto updated = m_database.exec(
        QStringLiteral("UPDATE cart_lines SET discount_kind = ?, discount_value = ?,"
                       " discount_reason = ?, discount_exception = ?, updated_at = ?"
                       " WHERE cart_id = ? AND id = ?"),
        {nullable(has, has ? toDatabaseText(discount->kind) : QString()),
         nullable(has, has ? valueOf(*discount) : qint64(0)),
         nullable(has, has ? discount->reason : QString()),
         nullable(has, has ? toDatabaseText(discount->exception) : QString()), nowMs, cartId,
         lineId});
    if (!updated)
        return updated.error();
    if (updated.value().numRowsAffected() == 0)
        return Error::notFound(
            QCoreApplication::translate("quire::CartRepository", "that line is not in the cart"));
    return touch(cartId, nowMs);
}

Result<std::optional<Discount>> CartRepository::orderDiscount(qint64 cartId,
                                                              const QString &currency) const
{
    auto query = m_database.exec(QStringLiteral("SELECT discount_kind, discount_value,"
                                                " discount_reason FROM carts WHERE id = ?"),
                                 {cartId});
    if (!query)
        return query.error();
    if (!query.value().next() || query->value(0).isNull())
        return std::optional<Discount>();
    auto discount = discountOf(query->value(0).toString(), query->value(1).toLongLong(),
                               query->value(2).toString(), QString(), currency);
    if (!discount)
        return discount.error();
    return std::optional<Discount>(*discount);
}

Result<void> CartRepository::setOrderDiscount(qint64 cartId,
                                              const std::optional<Discount> &discount, qint64 nowMs)
{
    const bool has = discount.has_value();
    auto updated
        = m_database.exec(QStringLiteral("UPDATE carts SET discount_kind = ?, discount_value = ?,"
                                         " discount_reason = ?, updated_at = ? WHERE id = ?"),
                          {nullable(has, has ? toDatabaseText(discount->kind) : QString()),
                           nullable(has, has ? valueOf(*discount) : qint64(0)),
                           nullable(has, has ? discount->reason : QString()), nowMs, cartId});
    if (!updated)
        return updated.error();
    return {};
}

Result<void> CartRepository::touch(qint64 cartId, qint64 nowMs)
{
    auto touched = m_database.exec(QStringLiteral("UPDATE carts SET updated_at = ? WHERE id = ?"),
                                   {nowMs, cartId});
    if (!touched)
        return touched.error();
    return {};
}

} // namespace quire
