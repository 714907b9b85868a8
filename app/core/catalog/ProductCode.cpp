#include "catalog/ProductCode.h"

#include "catalog/Isbn.h"

namespace quire {

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// GS1's in-store range: the store numbers these itself.
bool isStorePrefix(const QString &digits)
{
    return digits.at(0) == u'2';
}

const QString kStoreCodePrefix = QStringLiteral("200000");

} // namespace

int ProductCode::ean13CheckDigit(const QString &digits)
{
    int sum = 0;
    for (qsizetype i = 0; i < 12; ++i)
        sum += (digits.at(i).unicode() - u'0') * (i % 2 == 0 ? 1 : 3);
    return (10 - sum % 10) % 10;
}

Result<ProductCode> ProductCode::parse(const QString &text)
{
    const QString shown = text.trimmed();
    if (shown.isEmpty())
        return Error::invalid(tr("Enter a code: an ISBN, a barcode or a store code."));

    QString compact;
    compact.reserve(shown.size());
    bool hasX = false;
    for (const QChar c : shown) {
        if (c == u'-' || c.isSpace())
            continue;
        if (c == u'X' || c == u'x')
            hasX = true;
        else if (!isAsciiDigit(c))
            return Error::invalid(tr("\"%1\" is not a code: only digits, hyphens and spaces are "
                                     "allowed.")
                                      .arg(shown));
        compact.append(c.toUpper());
    }
    // Ten characters (or an X) can only be an ISBN-10: Isbn knows those.
    if (compact.size() == 10 || hasX) {
        const auto isbn = Isbn::parse(shown);
        if (!isbn)
            return isbn.error();
        return ProductCode(isbn->isbn13(), Kind::Isbn);
    }
    if (compact.size() == 13)
        return fromEan13(compact, shown);
    if (compact.size() == 12) {
        // UPC-A is an EAN-13 with a leading zero; its check digit is the same.
        return fromEan13(QLatin1Char('0') + compact, shown);
    }
    if (compact.size() >= 1 && compact.size() <= MaxStoreCodeDigits) {
        const int number = compact.toInt();
        if (number < 1)
            return Error::invalid(
                tr("\"%1\" is not a store code: store codes start at 1.").arg(shown));
        QString digits
            = kStoreCodePrefix + QStringLiteral("%1").arg(number, 6, 10, QLatin1Char('0'));
        digits.append(QChar(u'0' + ean13CheckDigit(digits)));
        return ProductCode(digits, Kind::StoreInternal);
    }
    return Error::invalid(tr("\"%1\" is not a code: use an ISBN, a 13-digit EAN, a 12-digit UPC "
                             "or a store code of up to %2 digits (this has %3).")
                              .arg(shown)
                              .arg(MaxStoreCodeDigits)
                              .arg(compact.size()));
}

Result<ProductCode> ProductCode::fromEan13(const QString &digits, const QString &shown)
{
    const auto isbn = Isbn::parse(digits);
    if (isbn)
        return ProductCode(isbn->isbn13(), Kind::Isbn);
    // A misread barcode is the likelier mistake: the check digit first.
    const int expected = ean13CheckDigit(digits);
    if (digits.at(12).unicode() - u'0' != expected) {
        if (digits.startsWith(u"978") || digits.startsWith(u"979"))
            return isbn.error(); // "not a valid ISBN: check digit should be …"
        return Error::invalid(
            tr("%1 is not a valid barcode: check digit should be %2.").arg(shown).arg(expected));
    }
    return ProductCode(digits, isStorePrefix(digits) ? Kind::StoreInternal : Kind::Retail);
}

bool ProductCode::looksLikeCode(const QString &text)
{
    int digits = 0;
    for (const QChar c : text) {
        if (isAsciiDigit(c))
            ++digits;
        else if (c != u'-' && !c.isSpace() && c != u'X' && c != u'x')
            return false;
    }
    return digits >= 1;
}

QString ProductCode::storeCode() const
{
    if (!m_ean13.startsWith(kStoreCodePrefix))
        return QString();
    return QString::number(m_ean13.mid(6, 6).toInt());
}

} // namespace quire
