#pragma once

#include "print/Paper.h"

#include <QLocale>
#include <QString>
#include <QStringList>

namespace quire {

// What a receipt says about the store. The caller fills it from the store's
// settings (StoreSettings, `[store]`); the receipt itself reads no
// configuration.
struct ReceiptSettings
{
    QString storeName;
    QStringList storeAddress;            // one line each
    QString footer;                      // e.g. "Thank you!"
    QLocale locale;                      // dates and money on the receipt
    QString vatNumber;                   // the seller's VAT number, may be empty
    QString taxNumber;                   // the tax office's number for the store, may be empty
    Paper paper = Paper::PrinterDefault; // what print and PDF lay the receipt out on
};

} // namespace quire
