#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

namespace quire {

// The number anything in the catalog is sold by, always held as 13 digits
// (an EAN-13), so a book, a greeting card and a store's own gift-wrap key
// share one key column and one scan path:
//
// - an ISBN (978/979), in any form Isbn::parse takes (hyphens, ISBN-10);
// - any other EAN-13, check digit verified (a pen, a calendar, a tote bag);
// - a UPC-A (12 digits, check digit verified), normalised to its EAN-13
//   form with a leading 0, as GS1 defines it;
// - a store-internal code: an EAN-13 with a prefix 20–29 (GS1's in-store
//   range, e.g. labels the store prints itself), or a short store code of
//   1 to 6 digits typed at the counter, which stands for the in-store
//   EAN-13 20 + the number padded to 10 digits + its check digit (so "42"
//   is 2000000000428, the barcode a label printer would print for it).
class ProductCode
{
    Q_DECLARE_TR_FUNCTIONS(quire::ProductCode)

public:
    enum class Kind {
        Isbn,          // 978, 979: a book number
        Retail,        // any other GS1 EAN-13 or UPC-A
        StoreInternal, // 20–29, or a short store code
    };

    // The longest short store code.
    static constexpr int MaxStoreCodeDigits = 6;

    ProductCode() = default; // invalid

    // Text a person typed, a scanner sent or a file holds: hyphens and
    // spaces anywhere. Every check digit is verified.
    static Result<ProductCode> parse(const QString &text);

    // True when `text` is shaped like a code (digits, hyphens, spaces, an
    // ISBN-10's X) rather than search words. Short numbers ("1984") are
    // shaped like store codes too; a search tries them as a code first.
    static bool looksLikeCode(const QString &text);

    // The EAN-13 check digit of the first 12 digits of `digits`.
    static int ean13CheckDigit(const QString &digits);

    bool isValid() const { return !m_ean13.isEmpty(); }
    const QString &ean13() const { return m_ean13; }
    Kind kind() const { return m_kind; }
    bool isIsbn() const { return m_kind == Kind::Isbn; }
    // The store code for a code made from one ("42"); empty otherwise.
    QString storeCode() const;

    friend bool operator==(const ProductCode &, const ProductCode &) = default;

private:
    ProductCode(QString ean13, Kind kind)
        : m_ean13(std::move(ean13))
        , m_kind(kind)
    {}

    static Result<ProductCode> fromEan13(const QString &digits, const QString &shown);

    QString m_ean13;
    Kind m_kind = Kind::Retail;
};

} // namespace quire
