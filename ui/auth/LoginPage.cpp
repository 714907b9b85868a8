#include "auth/LoginPage.h"

#include "RoleText.h"
#include "auth/AuthService.h"
#include "auth/DemoUser.h"
#include "auth/PinPad.h"
#include "auth/UserAdministration.h"
#include "auth/UserSession.h"
#include "ui_LoginPage.h"

#include <QEvent>
#include <QLocale>
#include <QRegularExpressionValidator>

namespace quire {

namespace {

enum Page { SignInPage, SetupPage, RegisterPage };

void allowDigitsOnly(QLineEdit *edit)
{
    edit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,6}")), edit));
}

} // namespace

LoginPage::LoginPage(UserSession &session, AuthService &auth, UserAdministration &admin,
                     bool demoMode, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LoginPage>())
    , m_session(session)
    , m_auth(auth)
    , m_admin(admin)
    , m_demoMode(demoMode)
{
    m_ui->setupUi(this);
    for (QLineEdit *edit : {m_ui->setupPinEdit, m_ui->setupPinAgainEdit, m_ui->registerPinEdit,
                            m_ui->registerPinAgainEdit})
        allowDigitsOnly(edit);
    m_ui->demoUsersLabel->setVisible(m_demoMode);
    m_ui->demoUsersList->setVisible(m_demoMode);

    connect(m_ui->signInButton, &QPushButton::clicked, this, &LoginPage::onSignIn);
    connect(m_ui->signInPinPad, &PinPad::submitted, this, &LoginPage::onSignIn);
    connect(m_ui->identifierEdit, &QLineEdit::returnPressed, this,
            [this] { m_ui->signInPinPad->setFocus(); });
    connect(m_ui->setupButton, &QPushButton::clicked, this, &LoginPage::onSetUp);
    connect(m_ui->setupPinAgainEdit, &QLineEdit::returnPressed, this, &LoginPage::onSetUp);
    connect(m_ui->registerButton, &QPushButton::clicked, this, &LoginPage::showRegistration);
    connect(m_ui->registerBackButton, &QPushButton::clicked, this, &LoginPage::showSignIn);
    connect(m_ui->registerCreateButton, &QPushButton::clicked, this, &LoginPage::onRegister);
    const auto fillIn
        = [this](QListWidgetItem *item) { onDemoUserActivated(m_ui->demoUsersList->row(item)); };
    connect(m_ui->demoUsersList, &QListWidget::itemClicked, this, fillIn);
    connect(m_ui->demoUsersList, &QListWidget::itemActivated, this, fillIn);

    updateTexts();
    refresh();
}

LoginPage::~LoginPage() = default;

void LoginPage::refresh()
{
    const auto needsManager = m_admin.needsFirstManager();
    if (needsManager && *needsManager) {
        m_ui->pages->setCurrentIndex(SetupPage);
        m_ui->setupMessage->clear();
        m_ui->setupUsernameEdit->setFocus();
    } else {
        showSignIn();
        if (!needsManager)
            m_ui->signInMessage->setText(
                tr("The user list cannot be read: %1").arg(needsManager.error().message));
    }
    updateTexts();
}

void LoginPage::showSignIn()
{
    m_ui->pages->setCurrentIndex(SignInPage);
    m_ui->identifierEdit->clear();
    m_ui->signInPinPad->clear();
    m_ui->signInMessage->clear();
    m_ui->identifierEdit->setFocus();
    updateTexts();
}

void LoginPage::showRegistration()
{
    for (QLineEdit *edit : {m_ui->registerEmailEdit, m_ui->registerCardEdit, m_ui->registerNameEdit,
                            m_ui->registerPinEdit, m_ui->registerPinAgainEdit})
        edit->clear();
    m_ui->registerMessage->clear();
    m_ui->pages->setCurrentIndex(RegisterPage);
    m_ui->registerEmailEdit->setFocus();
    updateTexts();
}

void LoginPage::onSignIn()
{
    const auto attempt = m_session.signIn(m_ui->identifierEdit->text(), m_ui->signInPinPad->pin());
    m_ui->signInPinPad->clear();
    if (!attempt) {
        m_ui->signInMessage->setText(tr("Signing in failed: %1").arg(attempt.error().message));
        return;
    }
    if (attempt->succeeded()) {
        m_ui->identifierEdit->clear();
        m_ui->signInMessage->clear();
        return;
    }
    m_ui->signInMessage->setText(messageFor(*attempt));
    m_ui->signInPinPad->setFocus();
}

void LoginPage::onSetUp()
{
    const auto created = m_admin.createFirstManager(
        m_ui->setupUsernameEdit->text(), m_ui->setupDisplayNameEdit->text(),
        m_ui->setupPinEdit->text(), m_ui->setupPinAgainEdit->text());
    m_ui->setupPinEdit->clear();
    m_ui->setupPinAgainEdit->clear();
    if (!created) {
        m_ui->setupMessage->setText(
            tr("The manager was not created: %1").arg(created.error().message));
        return;
    }
    m_ui->setupUsernameEdit->clear();
    m_ui->setupDisplayNameEdit->clear();
    showSignIn();
    m_session.start(*created);
}

void LoginPage::onRegister()
{
    if (m_ui->registerPinEdit->text() != m_ui->registerPinAgainEdit->text()) {
        m_ui->registerMessage->setText(tr("The two PINs differ."));
        return;
    }
    const auto created
        = m_auth.registerCustomer(m_ui->registerEmailEdit->text(), m_ui->registerCardEdit->text(),
                                  m_ui->registerNameEdit->text(), m_ui->registerPinEdit->text());
    m_ui->registerPinEdit->clear();
    m_ui->registerPinAgainEdit->clear();
    if (!created) {
        m_ui->registerMessage->setText(
            tr("The account was not created: %1").arg(created.error().message));
        return;
    }
    showSignIn();
    m_session.start(*created);
}

void LoginPage::onDemoUserActivated(int row)
{
    const auto &demoUsers = DemoUser::all();
    if (!m_demoMode || row < 0 || row >= demoUsers.size())
        return;
    // Demo only: the PIN is printed in the list anyway.
    m_ui->identifierEdit->setText(demoUsers.at(row).signInName);
    m_ui->signInPinPad->clear();
    m_ui->signInPinPad->field()->setText(demoUsers.at(row).pin);
    m_ui->signInButton->setFocus();
}

QString LoginPage::messageFor(const SignInAttempt &attempt) const
{
    switch (attempt.outcome) {
    case SignInAttempt::Outcome::SignedIn:
        return QString();
    case SignInAttempt::Outcome::Refused:
        return tr("The name or the PIN is not correct.");
    case SignInAttempt::Outcome::Locked:
        return tr("Too many wrong PINs. Try again after %1, or ask a manager to unlock the "
                  "account.")
            .arg(
                QLocale().toString(attempt.lockedUntil.toLocalTime().time(), QLocale::ShortFormat));
    case SignInAttempt::Outcome::MalformedPin:
        return tr("A PIN is exactly 6 digits.");
    }
    return QString();
}

void LoginPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateTexts();
    }
    QWidget::changeEvent(event);
}

void LoginPage::updateTexts()
{
    switch (m_ui->pages->currentIndex()) {
    case SetupPage:
        m_ui->titleLabel->setText(tr("Set up Quire"));
        break;
    case RegisterPage:
        m_ui->titleLabel->setText(tr("New customer account"));
        break;
    default:
        m_ui->titleLabel->setText(tr("Sign in"));
        break;
    }
    if (!m_demoMode)
        return;
    const QSignalBlocker blocker(m_ui->demoUsersList);
    const int current = m_ui->demoUsersList->currentRow();
    m_ui->demoUsersList->clear();
    for (const DemoUser &demo : DemoUser::all()) {
        auto *item = new QListWidgetItem(
            tr("%1 (%2): %3, PIN %4")
                .arg(demo.displayName, roleDisplayName(demo.role), demo.signInName, demo.pin),
            m_ui->demoUsersList);
        item->setSizeHint(QSize(0, 44));
    }
    m_ui->demoUsersList->setCurrentRow(current);
}

} // namespace quire
