#pragma once

#include <QString>

namespace quire {

// A receipt's number: one of an unbroken sequence per terminal that sale and
// refund receipts share (schema 15, docs/tax.md "Receipts"). Taken in the
// transaction that makes the order paid or the refund succeed; printing only
// reads it.
struct ReceiptNumber
{
    QString terminalId;
    qint64 number = 0; // 0: none (an order paid before schema 15)

    bool isValid() const { return number > 0; }
    // "counter-1-000042": the terminal, then the number, six digits or more.
    QString text() const
    {
        return isValid() ? QStringLiteral("%1-%2").arg(terminalId).arg(number, 6, 10, QChar(u'0'))
                         : QString();
    }
};

} // namespace quire
