#pragma once

#include "auth/OverrideApproval.h"
#include "auth/Permission.h"
#include "auth/SignedInUser.h"
#include "domain/Actor.h"

#include <QDialog>
#include <memory>
#include <optional>

namespace Ui {
class ManagerOverrideDialog;
}

namespace quire {

class AccessPolicy;
class AuthService;

// Asks, in place, for a manager's name and PIN to approve one action the
// signed-in user may not do. Approve checks the PIN (wrong PINs slow this
// terminal's prompt down, they never lock the manager's account); Cancel
// changes nothing.
//
// Screens call authorize() before a guarded action:
//
//     const auto actor = ManagerOverrideDialog::authorize(this, policy, auth, user,
//                                                         Permission::IssueRefund,
//                                                         tr("Refund order %1").arg(id),
//                                                         QStringLiteral("order %1").arg(id));
//     if (!actor)
//         return;                      // refused or cancelled: do nothing
//     flow.recordPaymentRefunded(paymentId, *actor);
//
// Tests of such screens answer the prompt without showing it with
// setNextAnswer() (after KeePassXC's MessageBox::setNextAnswer).
class ManagerOverrideDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManagerOverrideDialog)

public:
    struct Answer
    {
        bool cancel = false;
        QString managerName;
        QString pin;
    };

    ManagerOverrideDialog(AuthService &auth, const SignedInUser &requester, Permission permission,
                          const QString &description, const QString &target,
                          QWidget *parent = nullptr);
    ~ManagerOverrideDialog() override;

    const std::optional<OverrideApproval> &approval() const { return m_approval; }

    // Who to run the action as: the user when the policy allows it, the
    // approving manager after an override, nothing when refused or cancelled
    // (the refusal is audited by AccessPolicy and AuthService).
    static std::optional<Actor> authorize(QWidget *parent, AccessPolicy &policy, AuthService &auth,
                                          const SignedInUser &user, Permission permission,
                                          const QString &description, const QString &target);

    // The next prompt is answered with `answer` instead of being shown.
    static void setNextAnswer(const Answer &answer);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onApprove();
    void updateTexts();

    std::unique_ptr<Ui::ManagerOverrideDialog> m_ui;
    AuthService &m_auth;
    SignedInUser m_requester;
    Permission m_permission;
    QString m_description;
    QString m_target;
    std::optional<OverrideApproval> m_approval;
};

} // namespace quire
