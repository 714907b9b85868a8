#pragma once

#include "auth/SignedInUser.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace quire {

class AccessPolicy;
class AuthService;
class ShiftService;

// Cash into or out of the drawer outside a sale, with a reason: cash in
// (the clerk), a paid-out, a bank drop or "no sale" (a manager; a clerk gets
// the manager's approval in place, ManagerOverrideDialog). Each opens the
// drawer and is recorded with its event and audit row (ShiftService).
class CashMovementDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CashMovementDialog)

public:
    enum class Kind { CashIn, PaidOut, BankDrop, NoSale };

    CashMovementDialog(ShiftService &shifts, AccessPolicy &policy, AuthService &auth,
                       const SignedInUser &user, const QString &currency,
                       QWidget *parent = nullptr);
    ~CashMovementDialog() override;

private:
    void onKindChanged();
    void onRecord();

    ShiftService &m_shifts;
    AccessPolicy &m_policy;
    AuthService &m_auth;
    SignedInUser m_user;
    QString m_currency;
    QComboBox *m_kind;
    QLineEdit *m_amount;
    QLineEdit *m_reason;
    QLabel *m_message;
    QPushButton *m_record;
};

} // namespace quire
