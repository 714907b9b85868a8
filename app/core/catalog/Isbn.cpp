#include "catalog/Isbn.h"

#include <algorithm>

namespace quire {

namespace {

int digitAt(const QString &digits, qsizetype i)
{
    return digits.at(i).unicode() - u'0';
}

// EAN-13: weights 1,3,1,3… over the first 12 digits.
int ean13CheckDigit(const QString &digits)
{
    int sum = 0;
    for (qsizetype i = 0; i < 12; ++i)
        sum += digitAt(digits, i) * (i % 2 == 0 ? 1 : 3);
    return (10 - sum % 10) % 10;
}

// ISBN-10: weights 10..2 over the first 9 digits, modulo 11; 10 is written X.
int isbn10CheckDigit(const QString &digits)
{
    int sum = 0;
    for (qsizetype i = 0; i < 9; ++i)
        sum += digitAt(digits, i) * int(10 - i);
    return (11 - sum % 11) % 11;
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool allDigits(const QString &text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), isAsciiDigit);
}

bool isBooklandPrefix(const QString &digits)
{
    return digits.startsWith(u"978") || digits.startsWith(u"979");
}

} // namespace

Result<Isbn> Isbn::parse(const QString &text)
{
    const QString shown = text.trimmed();
    if (shown.isEmpty())
        return Error::invalid(tr("Enter an ISBN."));

    QString compact;
    compact.reserve(shown.size());
    for (const QChar c : shown) {
        if (c == u'-' || c.isSpace())
            continue;
        if (!isAsciiDigit(c) && c != u'X' && c != u'x')
            return Error::invalid(
                tr("\"%1\" is not an ISBN: only digits, hyphens and spaces are allowed.")
                    .arg(shown));
        compact.append(c.toUpper());
    }
    if (compact.size() == 13)
        return fromIsbn13(compact, shown);
    if (compact.size() == 10)
        return fromIsbn10(compact, shown);
    return Error::invalid(tr("\"%1\" is not an ISBN: an ISBN has 10 or 13 digits, this has %2.")
                              .arg(shown)
                              .arg(compact.size()));
}

Result<Isbn> Isbn::fromBarcode(const QString &digits)
{
    const QString code = digits.trimmed();
    if (code.size() != 13 || !allDigits(code))
        return Error::invalid(
            tr("%1 is not a book barcode: a book's barcode has 13 digits.").arg(code));
    return fromIsbn13(code, code);
}

bool Isbn::looksLikeIsbn(const QString &text)
{
    int digits = 0;
    for (const QChar c : text) {
        if (isAsciiDigit(c))
            ++digits;
        else if (c != u'-' && !c.isSpace() && c != u'X' && c != u'x')
            return false;
    }
    return digits >= 9; // an ISBN-10 ending in X has nine digits
}

Result<Isbn> Isbn::fromIsbn13(const QString &digits, const QString &shown)
{
    if (!allDigits(digits))
        return Error::invalid(tr("%1 is not an ISBN: X is only used in ISBN-10.").arg(shown));
    // A misread barcode is the likelier mistake, so the check digit is checked
    // before the prefix: "check digit should be 7" tells the clerk to rescan.
    const int expected = ean13CheckDigit(digits);
    if (digitAt(digits, 12) != expected)
        return Error::invalid(
            tr("%1 is not a valid ISBN: check digit should be %2.").arg(shown).arg(expected));
    if (!isBooklandPrefix(digits))
        return Error::invalid(
            tr("%1 is not a book barcode: ISBNs start with 978 or 979.").arg(shown));
    return Isbn(digits);
}

Result<Isbn> Isbn::fromIsbn10(const QString &digits, const QString &shown)
{
    if (!allDigits(digits.left(9)) || !(isAsciiDigit(digits.at(9)) || digits.at(9) == u'X'))
        return Error::invalid(
            tr("%1 is not an ISBN: only the last character of an ISBN-10 may be X.").arg(shown));
    const int expected = isbn10CheckDigit(digits);
    const int given = digits.at(9) == u'X' ? 10 : digitAt(digits, 9);
    if (given != expected)
        return Error::invalid(
            tr("%1 is not a valid ISBN: check digit should be %2.")
                .arg(shown, expected == 10 ? QStringLiteral("X")
                                           : QString::number(expected))); // notr: a check digit
    QString isbn13 = QStringLiteral("978") + digits.left(9);
    isbn13.append(QChar(u'0' + ean13CheckDigit(isbn13 + u'0')));
    return Isbn(isbn13);
}

QString Isbn::isbn10() const
{
    if (!m_digits.startsWith(u"978"))
        return QString();
    QString isbn10 = m_digits.mid(3, 9);
    const int check = isbn10CheckDigit(isbn10 + u'0');
    isbn10.append(check == 10 ? QChar(u'X') : QChar(u'0' + check));
    return isbn10;
}

} // namespace quire
