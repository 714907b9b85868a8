#pragma once

#include "domain/Actor.h"
#include "domain/InvoiceBuyer.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace quire {

class PurchaseFlow;

// The business customer a paid order's receipt becomes an invoice for:
// name, address (a line each) and, if they have one, their VAT number. The
// clerk enters them before printing; saving records them once with the
// order (ReceiptService, with its event and audit row), so every reprint
// is the same invoice. Opened without blocking the screens.
class InvoiceBuyerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InvoiceBuyerDialog)

public:
    InvoiceBuyerDialog(PurchaseFlow &flow, qint64 orderId, const Actor &actor,
                       QWidget *parent = nullptr);
    ~InvoiceBuyerDialog() override;

Q_SIGNALS:
    // Recorded: the order's receipt is now an invoice to `buyer`.
    void buyerRecorded(const quire::InvoiceBuyer &buyer);

private:
    void onSave();

    PurchaseFlow &m_flow;
    qint64 m_orderId;
    Actor m_actor;
    QLineEdit *m_name;
    QPlainTextEdit *m_address;
    QLineEdit *m_vatNumber;
    QLabel *m_message;
    QPushButton *m_save;
};

} // namespace quire
