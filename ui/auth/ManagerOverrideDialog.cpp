#include "auth/ManagerOverrideDialog.h"

#include "auth/AccessPolicy.h"
#include "auth/AuthService.h"
#include "auth/PinPad.h"
#include "ui_ManagerOverrideDialog.h"

#include <QEvent>

namespace quire {

namespace {

std::optional<ManagerOverrideDialog::Answer> &nextAnswer()
{
    static std::optional<ManagerOverrideDialog::Answer> answer;
    return answer;
}

} // namespace

ManagerOverrideDialog::ManagerOverrideDialog(AuthService &auth, const SignedInUser &requester,
                                             Permission permission, const QString &description,
                                             const QString &target, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ManagerOverrideDialog>())
    , m_auth(auth)
    , m_requester(requester)
    , m_permission(permission)
    , m_description(description)
    , m_target(target)
{
    m_ui->setupUi(this);
    connect(m_ui->approveButton, &QPushButton::clicked, this, &ManagerOverrideDialog::onApprove);
    connect(m_ui->managerPinPad, &PinPad::submitted, this, &ManagerOverrideDialog::onApprove);
    connect(m_ui->managerNameEdit, &QLineEdit::returnPressed, this,
            [this] { m_ui->managerPinPad->setFocus(); });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    m_ui->approveButton->setAutoDefault(false);
    m_ui->cancelButton->setAutoDefault(false);
    updateTexts();
    m_ui->managerNameEdit->setFocus();
}

ManagerOverrideDialog::~ManagerOverrideDialog() = default;

std::optional<Actor> ManagerOverrideDialog::authorize(QWidget *parent, AccessPolicy &policy,
                                                      AuthService &auth, const SignedInUser &user,
                                                      Permission permission,
                                                      const QString &description,
                                                      const QString &target)
{
    const auto decision = policy.authorize(user, permission, target);
    if (decision)
        return user.actor();
    // Only a refusal can be overridden; a database failure stops the action.
    if (!AccessPolicy::isRefusal(decision.error()))
        return std::nullopt;

    if (auto answer = std::exchange(nextAnswer(), std::nullopt)) {
        if (answer->cancel)
            return std::nullopt;
        auto approval
            = auth.approveOverride(user, permission, target, answer->managerName, answer->pin);
        return approval ? std::optional<Actor>(approval->actor()) : std::nullopt;
    }

    ManagerOverrideDialog dialog(auth, user, permission, description, target, parent);
    if (dialog.exec() != QDialog::Accepted || !dialog.approval())
        return std::nullopt;
    return dialog.approval()->actor();
}

void ManagerOverrideDialog::setNextAnswer(const Answer &answer)
{
    nextAnswer() = answer;
}

void ManagerOverrideDialog::onApprove()
{
    SignInAttempt attempt;
    const auto approval
        = m_auth.approveOverride(m_requester, m_permission, m_target, m_ui->managerNameEdit->text(),
                                 m_ui->managerPinPad->pin(), &attempt);
    m_ui->managerPinPad->clear();
    if (approval) {
        m_approval = *approval;
        accept();
        return;
    }
    switch (attempt.outcome) {
    case SignInAttempt::Outcome::Locked: {
        // The prompt is throttled at this terminal; the account is not locked.
        const int seconds = int((attempt.retryAfterMs + 999) / 1000);
        m_ui->overrideMessage->setText(
            seconds >= 120
                ? tr("Too many wrong PINs here. Try again in %n minute(s).", nullptr,
                     (seconds + 59) / 60)
                : tr("Too many wrong PINs here. Try again in %n second(s).", nullptr, seconds));
        break;
    }
    case SignInAttempt::Outcome::MalformedPin:
        m_ui->overrideMessage->setText(tr("A PIN is exactly 6 digits."));
        break;
    default:
        m_ui->overrideMessage->setText(
            tr("Not approved: the name is not a manager's or the PIN is not correct."));
        break;
    }
    m_ui->managerPinPad->setFocus();
}

void ManagerOverrideDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateTexts();
    }
    QDialog::changeEvent(event);
}

void ManagerOverrideDialog::updateTexts()
{
    m_ui->reasonLabel->setText(
        tr("%1 needs a manager's approval: %2").arg(m_requester.displayName, m_description));
}

} // namespace quire
