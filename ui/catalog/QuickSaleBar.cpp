#include "catalog/QuickSaleBar.h"

#include "CartModel.h"
#include "auth/ManagerOverrideDialog.h"
#include "auth/UserSession.h"
#include "catalog/OpenPriceDialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLoggingCategory>
#include <QPushButton>

namespace quire {

namespace {

Q_LOGGING_CATEGORY(lcQuickSale, "quire.ui.quicksale")

} // namespace

QuickSaleBar::QuickSaleBar(PricingSettings pricing, CartModel *cart, QWidget *parent)
    : QWidget(parent)
    , m_pricing(std::move(pricing))
    , m_cart(cart)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("quickSaleBar"));
    m_label->setObjectName(QStringLiteral("quickSaleLabel"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    for (int index = 0; index < m_pricing.quickKeys.size(); ++index) {
        const QuickSaleKey &key = m_pricing.quickKeys.at(index);
        auto *button = new QPushButton(key.label, this);
        button->setObjectName(QStringLiteral("quickSaleKey%1").arg(index + 1));
        button->setMinimumSize(96, 44);
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, [this, index] { onKeyPressed(index); });
        layout->addWidget(button);
        m_buttons.append(button);
    }
    layout->addStretch();
    retranslate();
}

QuickSaleBar::~QuickSaleBar() = default;

void QuickSaleBar::setApproval(AccessPolicy *policy, AuthService *auth, UserSession *session)
{
    m_policy = policy;
    m_auth = auth;
    m_session = session;
}

QPushButton *QuickSaleBar::keyButton(const QString &label) const
{
    for (QPushButton *button : m_buttons) {
        if (button->text() == label)
            return button;
    }
    return nullptr;
}

void QuickSaleBar::onKeyPressed(int index)
{
    const QuickSaleKey key = m_pricing.quickKeys.at(index);
    const auto item = m_cart->item(key.code);
    if (!item) {
        Q_EMIT addRefused(item.error().message);
        return;
    }
    if (!item->openPrice) {
        const auto row = m_cart->addIsbn(key.code);
        if (!row)
            Q_EMIT addRefused(row.error().message);
        else
            Q_EMIT itemAdded(*row, key.code);
        return;
    }
    auto *dialog = new OpenPriceDialog(item->title, item->price.currency(),
                                       m_pricing.approvalLimit(item->price.currency()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString title = item->title;
    connect(dialog, &QDialog::accepted, this, [this, dialog, code = key.code, title] {
        if (dialog->price())
            addAtPrice(code, title, *dialog->price());
    });
    dialog->open();
}

void QuickSaleBar::addAtPrice(const QString &code, const QString &title, const Money &price)
{
    const std::optional<SignedInUser> user = m_session ? m_session->user() : std::nullopt;
    Actor actor = user ? user->actor() : Actor::system(QStringLiteral("counter"));
    if (m_pricing.needsApproval(price)) {
        const Money limit = *m_pricing.approvalLimit(price.currency());
        if (!user || !m_policy || !m_auth) {
            Q_EMIT addRefused(
                tr("A price above %1 needs a manager's approval.").arg(limit.toString()));
            return;
        }
        // A manager's own price passes; a clerk's asks a manager in place.
        const auto approved = ManagerOverrideDialog::authorize(
            window(), *m_policy, *m_auth, *user, Permission::EnterPriceAboveLimit,
            tr("%1 for \u201c%2\u201d, above %3").arg(price.toString(), title, limit.toString()),
            QStringLiteral("%1 at %2").arg(code, price.toString(QLocale::c())));
        if (!approved) {
            Q_EMIT addRefused(tr("\u201c%1\u201d was not added: a price above %2 needs a "
                                 "manager's approval.")
                                  .arg(title, limit.toString()));
            return;
        }
        actor = *approved;
    }
    const auto row = m_cart->addAtPrice(code, price, actor);
    if (!row) {
        Q_EMIT addRefused(row.error().message);
        return;
    }
    qCDebug(lcQuickSale) << "open price" << price.minorUnits() << "for" << code << "by"
                         << actor.name;
    Q_EMIT itemAdded(*row, code);
}

void QuickSaleBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void QuickSaleBar::retranslate()
{
    m_label->setText(tr("Quick sale:"));
    // "Card" alone says little to a screen reader (the tender screen has a
    // Card button too): the key says what it is.
    for (int index = 0; index < m_buttons.size(); ++index)
        m_buttons.at(index)->setAccessibleName(
            tr("Quick sale: %1").arg(m_pricing.quickKeys.at(index).label));
}

} // namespace quire
