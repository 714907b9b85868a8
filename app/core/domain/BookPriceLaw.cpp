#include "domain/BookPriceLaw.h"

#include <QCoreApplication>

namespace quire {

QString toSettingsText(BookPriceLaw law)
{
    switch (law) {
    case BookPriceLaw::None:
        return QStringLiteral("none");
    case BookPriceLaw::De:
        return QStringLiteral("de");
    case BookPriceLaw::Fr:
        return QStringLiteral("fr");
    }
    return QStringLiteral("none");
}

std::optional<BookPriceLaw> bookPriceLawFromSettingsText(const QString &text)
{
    const QString word = text.trimmed().toLower();
    if (word.isEmpty() || word == u"none")
        return BookPriceLaw::None;
    if (word == u"de")
        return BookPriceLaw::De;
    if (word == u"fr")
        return BookPriceLaw::Fr;
    return std::nullopt;
}

Result<void> checkBookPriceLaw(BookPriceLaw law, const QString &title, bool priceBound,
                               qint64 baseMinor, qint64 discountMinor, PriceLawException exception)
{
    if (!priceBound || discountMinor <= 0)
        return {};
    switch (law) {
    case BookPriceLaw::None:
        return {};
    case BookPriceLaw::De:
        if (exception != PriceLawException::None)
            return {};
        return Error::forbidden(
            QCoreApplication::translate(
                "quire::BookPriceLaw",
                "\u201c%1\u201d is price-bound: the German book-price law (BuchPrG) allows no "
                "discount on it, except a damaged copy, own staff or a teacher's copy (\u00a7 7).")
                .arg(title));
    case BookPriceLaw::Fr:
        // At most 5 % of the line, rounded to the minor unit by the discounts'
        // one rule (half up): 5 % off 12.99 is 0.65.
        if (discountMinor * 10000 <= baseMinor * kFrenchBookDiscountLimitBasisPoints + 5000)
            return {};
        return Error::forbidden(
            QCoreApplication::translate("quire::BookPriceLaw",
                                        "\u201c%1\u201d is price-bound: the French book-price "
                                        "law (loi Lang) allows at most 5 % off its price.")
                .arg(title));
    }
    return {};
}

} // namespace quire
