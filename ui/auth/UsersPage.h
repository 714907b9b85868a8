#pragma once

#include <QWidget>
#include <memory>

namespace Ui {
class UsersPage;
}

namespace quire {

class Clock;
class UserAdministration;
class UserListModel;
class UserSession;

// For managers: every account, and adding, disabling, unlocking and
// resetting PINs. Each action is UserAdministration's, as the signed-in
// user, so AccessPolicy decides (and audits) even if a clerk reached the page.
class UsersPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersPage)

public:
    UsersPage(UserAdministration &admin, UserSession &session, const Clock &clock,
              QWidget *parent = nullptr);
    ~UsersPage() override;

    UserListModel *model() const { return m_model; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void onAdd();
    void onToggleDisabled();
    void onUnlock();
    void onResetPin();
    void onSelectionChanged();
    qint64 selectedUserId() const;
    void report(const QString &done, const QString &error);
    void updateTexts();

    std::unique_ptr<Ui::UsersPage> m_ui;
    UserAdministration &m_admin;
    UserSession &m_session;
    UserListModel *m_model;
};

} // namespace quire
