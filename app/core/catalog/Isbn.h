#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

namespace quire {

// A book's number, always held as its 13 digits (ISBN-13 / EAN-13 with a
// 978 or 979 prefix). Whatever form came in — typed with hyphens, an old
// ISBN-10 with an X, a scanner's barcode — the catalog and the cart only ever
// see the canonical 13 digits, so one book has one key.
class Isbn
{
    Q_DECLARE_TR_FUNCTIONS(quire::Isbn)

public:
    Isbn() = default; // invalid

    // Text a person typed or a file holds: an ISBN-13 or ISBN-10, hyphens and
    // spaces anywhere. The check digit is verified.
    static Result<Isbn> parse(const QString &text);

    // What a barcode scanner sends: exactly 13 digits. Only the Bookland
    // prefixes (978, 979) are books; other EAN-13 codes (a pen, a tote bag)
    // are refused as "not a book barcode".
    static Result<Isbn> fromBarcode(const QString &digits);

    // True when `text` is shaped like something a scanner or a person meant
    // as an ISBN (10 or 13 digits, hyphens, an X) rather than search words.
    static bool looksLikeIsbn(const QString &text);

    bool isValid() const { return !m_digits.isEmpty(); }
    const QString &isbn13() const { return m_digits; }
    // The ISBN-10 form, or an empty string for 979 numbers, which have none.
    QString isbn10() const;

    friend bool operator==(const Isbn &, const Isbn &) = default;

private:
    explicit Isbn(QString digits)
        : m_digits(std::move(digits))
    {}

    static Result<Isbn> fromIsbn13(const QString &digits, const QString &shown);
    static Result<Isbn> fromIsbn10(const QString &digits, const QString &shown);

    QString m_digits;
};

} // namespace quire
