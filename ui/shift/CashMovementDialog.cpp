#include "shift/CashMovementDialog.h"

#include "auth/ManagerOverrideDialog.h"
#include "checkout/TenderPanel.h"
#include "till/ShiftService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace quire {

CashMovementDialog::CashMovementDialog(ShiftService &shifts, AccessPolicy &policy,
                                       AuthService &auth, const SignedInUser &user,
                                       const QString &currency, QWidget *parent)
    : QDialog(parent)
    , m_shifts(shifts)
    , m_policy(policy)
    , m_auth(auth)
    , m_user(user)
    , m_currency(currency)
    , m_kind(new QComboBox(this))
    , m_amount(new QLineEdit(this))
    , m_reason(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_record(new QPushButton(tr("Record and open the drawer"), this))
{
    setObjectName(QStringLiteral("cashMovementDialog"));
    setWindowTitle(tr("Cash in or out"));
    m_kind->setObjectName(QStringLiteral("movementKind"));
    m_amount->setObjectName(QStringLiteral("movementAmount"));
    m_reason->setObjectName(QStringLiteral("movementReason"));
    m_message->setObjectName(QStringLiteral("movementMessage"));
    m_record->setObjectName(QStringLiteral("recordMovementButton"));
    m_message->setWordWrap(true);
    m_kind->addItem(tr("Cash in"), int(Kind::CashIn));
    m_kind->addItem(tr("Paid-out"), int(Kind::PaidOut));
    m_kind->addItem(tr("Bank drop"), int(Kind::BankDrop));
    m_kind->addItem(tr("No sale"), int(Kind::NoSale));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CashMovementDialog::onKindChanged);
    auto *form = new QFormLayout;
    form->addRow(tr("What"), m_kind);
    form->addRow(tr("Amount (%1)").arg(currency), m_amount);
    form->addRow(tr("Reason"), m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_record, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_record, &QPushButton::clicked, this, &CashMovementDialog::onRecord);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    onKindChanged();
}

CashMovementDialog::~CashMovementDialog() = default;

void CashMovementDialog::onKindChanged()
{
    m_amount->setEnabled(Kind(m_kind->currentData().toInt()) != Kind::NoSale);
}

void CashMovementDialog::onRecord()
{
    const auto kind = Kind(m_kind->currentData().toInt());
    const QString reason = m_reason->text().trimmed();
    std::optional<qint64> minor;
    if (kind != Kind::NoSale) {
        minor = TenderPanel::parseAmount(m_amount->text(), m_currency);
        if (!minor || *minor <= 0) {
            m_message->setText(tr("Enter the amount."));
            return;
        }
    }
    if (reason.isEmpty()) {
        m_message->setText(tr("Say why."));
        return;
    }
    std::optional<Actor> actor = m_user.actor();
    if (kind != Kind::CashIn) {
        actor = ManagerOverrideDialog::authorize(
            this, m_policy, m_auth, m_user, Permission::TakeCashOut, m_kind->currentText(),
            m_kind->currentText() + QStringLiteral(": ") + reason);
        if (!actor)
            return; // refused or cancelled: nothing happens
    }
    Result<void> done;
    switch (kind) {
    case Kind::CashIn:
        if (auto added
            = m_shifts.addCash(*Money::fromMinorUnits(*minor, m_currency), reason, *actor);
            !added)
            done = added.error();
        break;
    case Kind::PaidOut:
    case Kind::BankDrop:
        if (auto taken
            = m_shifts.takeCash(kind == Kind::PaidOut ? ShiftService::CashOut::PaidOut
                                                      : ShiftService::CashOut::BankDrop,
                                *Money::fromMinorUnits(*minor, m_currency), reason, *actor);
            !taken)
            done = taken.error();
        break;
    case Kind::NoSale:
        if (auto opened = m_shifts.openWithoutSale(reason, *actor); !opened)
            done = opened.error();
        break;
    }
    if (!done) {
        m_message->setText(done.error().message);
        return;
    }
    accept();
}

} // namespace quire
