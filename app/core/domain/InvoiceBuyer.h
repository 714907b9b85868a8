#pragma once

#include <QString>
#include <QStringList>

namespace quire {

// The business customer a receipt is an invoice for (schema 15): entered by
// the clerk before printing, stored once with the order.
struct InvoiceBuyer
{
    QString name;
    QStringList address; // one line each
    QString vatNumber;   // may be empty

    bool isEmpty() const { return name.trimmed().isEmpty(); }
};

} // namespace quire
