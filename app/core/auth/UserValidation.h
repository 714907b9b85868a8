#pragma once

#include "auth/UserRepository.h"
#include "domain/Result.h"

#include <QCoreApplication>

namespace quire {

// The shape of user data, checked before anything is hashed or stored.
class UserValidation final
{
    Q_DECLARE_TR_FUNCTIONS(quire::UserValidation)

public:
    UserValidation() = delete;

    // Staff names: 2-32 characters, lower-case letters, digits, `.`, `_`,
    // `-`, starting with a letter (so they never look like a card number or
    // an e-mail address, which customers sign in with).
    static Result<void> validateUsername(const QString &username);
    static Result<void> validateEmail(const QString &email);
    // 8 to 19 digits, as printed on the store's cards.
    static Result<void> validateLoyaltyCard(const QString &card);
    static Result<void> validate(const UserRepository::NewUser &user);

    // A PIN being chosen (a new account, a reset, a sign-up at the kiosk):
    // six digits, and not one a guesser tries first: all the same digit, a
    // run up or down (wrapping round, 890123), a two- or three-digit block
    // repeated (121212, 123123), one of the most common PINs, or digits of
    // the account's own name, e-mail address or card number (`names`).
    // Stored PINs are never re-checked: existing accounts keep working.
    // The error says why in plain words.
    static Result<void> validateNewPin(const QString &pin, const QStringList &names = {});

    // Customers have no user name of their own; `users.username` must still
    // be unique, and `customer:` can never be a staff name.
    static QString customerUsername(const QString &email, const QString &loyaltyCard);
};

} // namespace quire
