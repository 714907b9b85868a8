#include "catalog/CartPage.h"

#include "CartModel.h"
#include "TabOrder.h"
#include "auth/AccessPolicy.h"
#include "auth/ManagerOverrideDialog.h"
#include "auth/UserSession.h"
#include "catalog/DiscountDialog.h"
#include "domain/DiscountCalculator.h"
#include "ui_CartPage.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QShortcut>

namespace quire {

CartPage::CartPage(CartModel *cart, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CartPage>())
    , m_cart(cart)
    , m_lineDiscountButton(new QPushButton(this))
    , m_orderDiscountButton(new QPushButton(this))
{
    m_ui->setupUi(this);
    // In code, not in the form: the discount buttons show only at the counter.
    m_lineDiscountButton->setObjectName(QStringLiteral("lineDiscountButton"));
    m_orderDiscountButton->setObjectName(QStringLiteral("orderDiscountButton"));
    // A row of their own under the line actions: beside them the German and
    // French texts did not fit 1024 px with the demo panel (LayoutMatrixTest).
    auto *discountRow = new QHBoxLayout;
    for (QPushButton *button : {m_lineDiscountButton, m_orderDiscountButton}) {
        button->setMinimumHeight(44);
        button->setVisible(false);
        discountRow->addWidget(button);
    }
    discountRow->addStretch();
    if (auto *column = qobject_cast<QBoxLayout *>(m_ui->lineActionsLayout->parent()))
        column->insertLayout(column->indexOf(m_ui->lineActionsLayout) + 1, discountRow);
    else
        m_ui->lineActionsLayout->addLayout(discountRow);
    connect(m_lineDiscountButton, &QPushButton::clicked, this, &CartPage::onLineDiscountClicked);
    connect(m_orderDiscountButton, &QPushButton::clicked, this, &CartPage::onOrderDiscountClicked);
    // "Total: 11,09 € (order discount 10 %, regular customer)" wraps rather
    // than being cut at the cart's width.
    m_ui->totalLabel->setWordWrap(true);
    m_ui->linesView->setModel(m_cart);
    m_ui->linesView->verticalHeader()->setDefaultSectionSize(44);
    m_ui->linesView->verticalHeader()->hide();
    m_ui->linesView->horizontalHeader()->setSectionResizeMode(CartModel::TitleColumn,
                                                              QHeaderView::Stretch);

    connect(m_ui->increaseButton, &QPushButton::clicked, this, &CartPage::onIncreaseClicked);
    connect(m_ui->decreaseButton, &QPushButton::clicked, this, &CartPage::onDecreaseClicked);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &CartPage::onRemoveClicked);
    connect(m_ui->clearButton, &QPushButton::clicked, this, &CartPage::onClearClicked);
    connect(m_ui->confirmButton, &QPushButton::clicked, this, &CartPage::onConfirmClicked);

    const auto cartChanged = [this] {
        m_problem.clear();
        updateState();
    };
    connect(m_cart, &CartModel::totalChanged, this, cartChanged);
    connect(m_cart, &QAbstractItemModel::modelReset, this, cartChanged);
    connect(m_cart, &CartModel::changeRefused, this, &CartPage::showProblem);
    connect(m_ui->linesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CartPage::updateState);
    // A new line is selected so +/- act on what was just scanned.
    connect(m_cart, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int, int last) { m_ui->linesView->selectRow(last); });

    // Keyboard: + and - on the selected line, Delete removes it.
    const auto addShortcut = [this](const QKeySequence &keys, auto handler) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, handler);
    };
    addShortcut(QKeySequence(Qt::Key_Plus), &CartPage::onIncreaseClicked);
    addShortcut(QKeySequence(Qt::Key_Minus), &CartPage::onDecreaseClicked);
    addShortcut(QKeySequence::Delete, &CartPage::onRemoveClicked);
    // Ctrl+D: a discount on the selected line; Ctrl+Shift+D: on the order.
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_D), &CartPage::onLineDiscountClicked);
    addShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), &CartPage::onOrderDiscountClicked);
    // Ctrl+Enter confirms from anywhere in the window while the cart shows
    // (the clerk's focus is usually in the scan field), as Alt+C does.
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *confirm = new QShortcut(keys, this);
        confirm->setContext(Qt::WindowShortcut);
        connect(confirm, &QShortcut::activated, this, &CartPage::onConfirmClicked);
    }

    updateState();
}

CartPage::~CartPage() = default;

void CartPage::showEvent(QShowEvent *event)
{
    TabOrder::apply({m_ui->linesView, m_ui->decreaseButton, m_ui->increaseButton,
                     m_ui->removeButton, m_lineDiscountButton, m_orderDiscountButton,
                     m_ui->clearButton, m_ui->confirmButton});
    QWidget::showEvent(event);
}

void CartPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateState();
    }
    QWidget::changeEvent(event);
}

int CartPage::selectedRow() const
{
    const QModelIndexList rows = m_ui->linesView->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void CartPage::changeQuantityBy(int delta)
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const int quantity = m_cart->line(row).quantity + delta;
    if (quantity < 1)
        return; // removing is its own, deliberate button
    if (auto changed = m_cart->setQuantity(row, quantity); !changed)
        showProblem(changed.error().message);
}

void CartPage::onIncreaseClicked()
{
    changeQuantityBy(+1);
}

void CartPage::onDecreaseClicked()
{
    changeQuantityBy(-1);
}

void CartPage::onRemoveClicked()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    if (auto removed = m_cart->removeLine(row); !removed)
        showProblem(removed.error().message);
}

void CartPage::onClearClicked()
{
    if (auto cleared = m_cart->clear(); !cleared)
        showProblem(cleared.error().message);
}

void CartPage::onConfirmClicked()
{
    if (!m_ui->confirmButton->isEnabled())
        return;
    Q_EMIT orderRequested(m_cart->orderLines());
}

void CartPage::setApproval(AccessPolicy *policy, AuthService *auth, UserSession *session)
{
    m_policy = policy;
    m_auth = auth;
    m_session = session;
    m_lineDiscountButton->setVisible(session != nullptr);
    m_orderDiscountButton->setVisible(session != nullptr);
    updateState();
}

void CartPage::onLineDiscountClicked()
{
    const int row = selectedRow();
    if (!m_session || row < 0)
        return;
    const CartLine &line = m_cart->line(row);
    const bool bound = line.priceBound && m_cart->cart().bookPriceLaw() == BookPriceLaw::De;
    auto *dialog
        = new DiscountDialog(line.title, line.unitPrice.currency(), bound,
                             m_cart->cart().discountPolicy().amountDiscounts, line.discount, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 lineId = line.id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, lineId] {
        int row = -1;
        for (int i = 0; i < m_cart->rowCount(); ++i) {
            if (m_cart->line(i).id == lineId)
                row = i;
        }
        if (row < 0)
            return;
        if (dialog->removed()) {
            const auto user = m_session->user();
            if (auto removed = m_cart->removeLineDiscount(
                    row, user ? user->actor() : Actor::system(QStringLiteral("counter")));
                !removed)
                showProblem(removed.error().message);
            return;
        }
        if (dialog->discount())
            giveDiscount(row, *dialog->discount());
    });
    dialog->open();
}

void CartPage::onOrderDiscountClicked()
{
    if (!m_session || m_cart->isEmpty())
        return;
    auto *dialog = new DiscountDialog(QString(), m_cart->line(0).unitPrice.currency(), false,
                                      m_cart->cart().discountPolicy().amountDiscounts,
                                      m_cart->orderDiscount(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->removed()) {
            const auto user = m_session->user();
            if (auto removed = m_cart->removeOrderDiscount(
                    user ? user->actor() : Actor::system(QStringLiteral("counter")));
                !removed)
                showProblem(removed.error().message);
            return;
        }
        if (dialog->discount())
            giveDiscount(-1, *dialog->discount());
    });
    dialog->open();
}

void CartPage::giveDiscount(int row, const Discount &discount)
{
    const std::optional<SignedInUser> user = m_session ? m_session->user() : std::nullopt;
    if (!user) {
        showProblem(tr("Sign in to give a discount."));
        return;
    }
    Actor actor = user->actor();
    // Above the clerk's limit a manager approves in place (the cart checks
    // the stored role again).
    const DiscountPolicy &policy = m_cart->cart().discountPolicy();
    qint64 base = 0, off = 0;
    if (row >= 0) {
        const auto total = m_cart->line(row).lineTotal();
        base = total ? total->minorUnits() : 0;
        const auto taken = DiscountCalculator::discountOf(
            base, m_cart->line(row).unitPrice.currency(), discount);
        off = taken ? *taken : 0;
    } else {
        QList<qint64> bases;
        QList<bool> eligible;
        for (int i = 0; i < m_cart->rowCount(); ++i) {
            const CartLine &line = m_cart->line(i);
            const auto total = line.lineTotal();
            bases.append(total ? total->minorUnits() - line.discountMinor() : 0);
            eligible.append(m_cart->cart().bookPriceLaw() == BookPriceLaw::None
                            || !line.priceBound);
            if (eligible.last())
                base += bases.last();
        }
        const auto shares = DiscountCalculator::spread(
            bases, eligible, m_cart->line(0).unitPrice.currency(), discount);
        if (shares) {
            for (qint64 share : *shares)
                off += share;
        }
    }
    const qint64 points = discount.kind == Discount::Kind::Percent
                              ? discount.basisPoints
                              : DiscountCalculator::basisPointsOf(off, base);
    if (points > policy.clerkMaxBasisPoints && points <= policy.managerMaxBasisPoints
        && !AccessPolicy::allows(user->role, Permission::GiveLargeDiscount) && m_policy && m_auth) {
        const auto approved = ManagerOverrideDialog::authorize(
            window(), *m_policy, *m_auth, *user, Permission::GiveLargeDiscount,
            tr("A discount of %1, above %2")
                .arg(DiscountPolicy::percentText(points),
                     DiscountPolicy::percentText(policy.clerkMaxBasisPoints)),
            row >= 0 ? QStringLiteral("line %1 discount").arg(m_cart->line(row).isbn13)
                     : QStringLiteral("order discount"));
        if (!approved) {
            showProblem(tr("No discount given: above %1 a manager approves it.")
                            .arg(DiscountPolicy::percentText(policy.clerkMaxBasisPoints)));
            return;
        }
        actor = *approved;
    }
    const auto given = row >= 0 ? m_cart->setLineDiscount(row, discount, actor)
                                : m_cart->setOrderDiscount(discount, actor);
    if (!given)
        showProblem(given.error().message);
}

void CartPage::showProblem(const QString &message)
{
    m_problem = message;
    updateState();
    QApplication::beep();
}

void CartPage::updateState()
{
    const bool empty = m_cart->isEmpty();
    const int row = selectedRow();
    m_ui->increaseButton->setEnabled(row >= 0);
    m_ui->decreaseButton->setEnabled(row >= 0 && m_cart->line(row).quantity > 1);
    m_ui->removeButton->setEnabled(row >= 0);
    m_ui->clearButton->setEnabled(!empty);
    m_lineDiscountButton->setEnabled(row >= 0);
    m_orderDiscountButton->setEnabled(!empty);
    m_lineDiscountButton->setText(tr("&Discount on line…"));
    m_lineDiscountButton->setAccessibleName(tr("Discount on the selected line"));
    m_orderDiscountButton->setText(tr("Order disc&ount…"));
    m_orderDiscountButton->setAccessibleName(tr("Discount on the whole order"));

    const auto total = m_cart->total();
    if (empty)
        m_ui->totalLabel->setText(tr("Total: \u2014"));
    else if (total && m_cart->orderDiscount())
        m_ui->totalLabel->setText(tr("Total: %1 (order discount %2, %3)")
                                      .arg(total->toString(QLocale()),
                                           CartModel::discountText(*m_cart->orderDiscount()),
                                           m_cart->orderDiscount()->reason));
    else if (total)
        m_ui->totalLabel->setText(tr("Total: %1").arg(total->toString(QLocale())));
    else
        m_ui->totalLabel->setText(tr("Total: %1").arg(total.error().message));

    QStringList shortOf;
    for (int i = 0; i < m_cart->rowCount(); ++i) {
        const CartLine &line = m_cart->line(i);
        if (line.exceedsStock())
            shortOf.append(line.stock == 0
                               ? tr("\u201c%1\u201d is out of stock").arg(line.title)
                               : tr("only %n of \u201c%1\u201d in stock", nullptr, line.stock)
                                     .arg(line.title));
    }
    QString message;
    bool problem = true;
    if (!m_problem.isEmpty()) {
        message = m_problem;
    } else if (empty) {
        message = tr("The cart is empty. Scan a book or search the catalog.");
        problem = false;
    } else if (!shortOf.isEmpty()) {
        message = tr("Not enough stock: %1. Lower the quantity or remove the line.")
                      .arg(shortOf.join(QStringLiteral("; ")));
    } else {
        problem = false;
    }
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setStyleSheet(problem ? QStringLiteral("color: #b02a37; font-weight: bold;")
                                              : QString());
    m_ui->confirmButton->setEnabled(!empty && shortOf.isEmpty() && total.ok());
}

} // namespace quire
