#pragma once

#include "auth/SignInAttempt.h"

#include <QWidget>
#include <memory>

namespace Ui {
class LoginPage;
}

namespace quire {

class AuthService;
class UserAdministration;
class UserSession;

// The way in. Three pages on one screen:
//  - sign-in: user name, e-mail or card number, and the PIN on a keypad;
//  - first-manager set-up, shown instead while the store has no manager;
//  - a customer's own new account (kiosk).
// A successful sign-in or set-up starts the UserSession, whose signedIn()
// tells the window to move on. In demo mode the demo accounts are listed.
class LoginPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginPage)

public:
    LoginPage(UserSession &session, AuthService &auth, UserAdministration &admin, bool demoMode,
              QWidget *parent = nullptr);
    ~LoginPage() override;

    // Shows the set-up page when there is no manager, else an empty sign-in.
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    void onSignIn();
    void onSetUp();
    void onRegister();
    void onDemoUserActivated(int row);
    void showSignIn();
    void showRegistration();
    void updateTexts();
    QString messageFor(const SignInAttempt &attempt) const;

    std::unique_ptr<Ui::LoginPage> m_ui;
    UserSession &m_session;
    AuthService &m_auth;
    UserAdministration &m_admin;
    bool m_demoMode;
};

} // namespace quire
