#pragma once

#include "domain/Result.h"

#include <QString>
#include <QStringList>

class QSettings;

namespace quire {

// The seller's details every receipt and invoice prints at its top, from the
// `[store]` section of the settings file (CoreOptions, `--config`;
// docs/tax.md "Receipts"):
//
//     [store]
//     name = Buchhandlung Seitenweise
//     address = Hauptstraße 1, 10115 Berlin   ; an INI list: one line each
//     vatNumber = DE123456789                 ; checked against its country's form
//     taxNumber = 30/123/45678                ; the tax office's number (DE Steuernummer)
//     receiptFooter = Thank you for reading with us
//     receiptPaper = 80mm                     ; 80mm, A4, or printer (the printer's own page)
//
// Checked at start-up: a bad value stops the terminal with the key named.
struct StoreSettings
{
    enum class Paper { PrinterDefault, A4, Receipt80mm };

    QString name;
    QStringList address;
    QString vatNumber; // normalized: upper case, no spaces
    QString taxNumber;
    QString receiptFooter;
    bool hasFooter = false; // receiptFooter was set (empty prints none)
    Paper receiptPaper = Paper::PrinterDefault;

    static Result<StoreSettings> fromSettings(QSettings &settings);
    // Empty when `vatNumber` (upper case, no spaces) has the form of its
    // country's VAT numbers (at least DE, FR, GB; other EU prefixes by
    // length), else why not.
    static QString vatNumberProblem(const QString &vatNumber);
    // Upper case without spaces, dots or dashes: "de 123 456 789" -> "DE123456789".
    static QString normalizedVatNumber(const QString &text);
};

} // namespace quire
