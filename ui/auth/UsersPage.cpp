#include "auth/UsersPage.h"

#include "RoleText.h"
#include "UserListModel.h"
#include "auth/UserAdministration.h"
#include "auth/UserSession.h"
#include "ui_UsersPage.h"

#include <QEvent>
#include <QHeaderView>
#include <QRegularExpressionValidator>

namespace quire {

UsersPage::UsersPage(UserAdministration &admin, UserSession &session, const Clock &clock,
                     QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::UsersPage>())
    , m_admin(admin)
    , m_session(session)
    , m_model(new UserListModel(admin, clock, this))
{
    m_ui->setupUi(this);
    m_ui->usersView->setModel(m_model);
    m_ui->usersView->horizontalHeader()->setStretchLastSection(true);
    m_ui->usersView->verticalHeader()->setDefaultSectionSize(44);
    for (QLineEdit *edit : {m_ui->newPinEdit, m_ui->resetPinEdit})
        edit->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("[0-9]{0,6}")), edit));
    for (Role role : {Role::Clerk, Role::Manager, Role::Customer})
        m_ui->newRoleCombo->addItem(roleDisplayName(role), int(role));

    connect(m_ui->addButton, &QPushButton::clicked, this, &UsersPage::onAdd);
    connect(m_ui->disableButton, &QPushButton::clicked, this, &UsersPage::onToggleDisabled);
    connect(m_ui->unlockButton, &QPushButton::clicked, this, &UsersPage::onUnlock);
    connect(m_ui->resetPinButton, &QPushButton::clicked, this, &UsersPage::onResetPin);
    connect(m_ui->usersView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersPage::onSelectionChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &UsersPage::onSelectionChanged);
    onSelectionChanged();
}

UsersPage::~UsersPage() = default;

qint64 UsersPage::selectedUserId() const
{
    const auto rows = m_ui->usersView->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.constFirst().data(UserListModel::UserIdRole).toLongLong();
}

void UsersPage::onSelectionChanged()
{
    const auto rows = m_ui->usersView->selectionModel()->selectedRows();
    const bool selected = !rows.isEmpty();
    m_ui->disableButton->setEnabled(selected);
    m_ui->unlockButton->setEnabled(selected
                                   && rows.constFirst().data(UserListModel::LockedRole).toBool());
    m_ui->resetPinButton->setEnabled(selected);
    m_ui->resetPinEdit->setEnabled(selected);
    updateTexts();
}

void UsersPage::report(const QString &done, const QString &error)
{
    m_ui->usersMessage->setText(error.isEmpty() ? done : error);
    if (!m_model->refresh())
        m_ui->usersMessage->setText(
            tr("The user list cannot be read: %1").arg(m_model->lastError()));
    onSelectionChanged();
}

void UsersPage::onAdd()
{
    if (!m_session.user())
        return;
    UserAdministration::NewAccount account;
    account.role = Role(m_ui->newRoleCombo->currentData().toInt());
    if (account.role == Role::Customer) {
        account.email = m_ui->newUsernameEdit->text();
        account.loyaltyCard = m_ui->newCardEdit->text();
    } else {
        account.username = m_ui->newUsernameEdit->text();
    }
    account.displayName = m_ui->newDisplayNameEdit->text();
    account.pin = m_ui->newPinEdit->text();
    const auto created = m_admin.createUser(*m_session.user(), account);
    m_ui->newPinEdit->clear();
    if (!created) {
        report({}, tr("The user was not added: %1").arg(created.error().message));
        return;
    }
    for (QLineEdit *edit : {m_ui->newUsernameEdit, m_ui->newCardEdit, m_ui->newDisplayNameEdit})
        edit->clear();
    report(tr("%1 was added.").arg(created->displayName), {});
}

void UsersPage::onToggleDisabled()
{
    const qint64 id = selectedUserId();
    if (!m_session.user() || id == 0)
        return;
    const int row = m_model->rowOf(id);
    const bool disable = !m_model->index(row, 0).data(UserListModel::DisabledRole).toBool();
    const auto done = m_admin.setDisabled(*m_session.user(), id, disable);
    report(disable ? tr("The account is disabled.") : tr("The account is enabled again."),
           done ? QString() : tr("Nothing was changed: %1").arg(done.error().message));
}

void UsersPage::onUnlock()
{
    const qint64 id = selectedUserId();
    if (!m_session.user() || id == 0)
        return;
    const auto done = m_admin.unlock(*m_session.user(), id);
    report(tr("The account is unlocked."),
           done ? QString() : tr("Nothing was changed: %1").arg(done.error().message));
}

void UsersPage::onResetPin()
{
    const qint64 id = selectedUserId();
    if (!m_session.user() || id == 0)
        return;
    const auto done = m_admin.resetPin(*m_session.user(), id, m_ui->resetPinEdit->text());
    m_ui->resetPinEdit->clear();
    report(tr("The PIN is reset; tell the person their new PIN."),
           done ? QString() : tr("Nothing was changed: %1").arg(done.error().message));
}

void UsersPage::showEvent(QShowEvent *event)
{
    m_model->refresh();
    QWidget::showEvent(event);
}

void UsersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        for (int i = 0; i < m_ui->newRoleCombo->count(); ++i)
            m_ui->newRoleCombo->setItemText(
                i, roleDisplayName(Role(m_ui->newRoleCombo->itemData(i).toInt())));
        updateTexts();
    }
    QWidget::changeEvent(event);
}

void UsersPage::updateTexts()
{
    const auto rows = m_ui->usersView->selectionModel()->selectedRows();
    const bool disabled
        = !rows.isEmpty() && rows.constFirst().data(UserListModel::DisabledRole).toBool();
    m_ui->disableButton->setText(disabled ? tr("Enable") : tr("Disable"));
}

} // namespace quire
