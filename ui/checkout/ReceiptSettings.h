#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace quire {

// What a receipt says about the store. The caller fills it from the store's
// settings; the receipt itself reads no configuration.
struct ReceiptSettings
{
    QString storeName;
    QStringList storeAddress; // one line each
    QString footer;           // e.g. "Thank you!" or a VAT number
    QLocale locale;           // dates and money on the receipt
};

} // namespace quire
