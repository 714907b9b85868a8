#include "kiosk/DemoPanel.h"

#include <QEvent>
#include <QLabel>
#include <QMetaEnum>
#include <QPushButton>
#include <QVBoxLayout>

namespace quire {

namespace {

QString buttonName(DemoScenarios::Scenario scenario)
{
    // "scenarioDecline", "scenarioOutOfStockAfterPayment", ...
    return QStringLiteral("scenario")
           + QString::fromLatin1(
               QMetaEnum::fromType<DemoScenarios::Scenario>().valueToKey(int(scenario)));
}

} // namespace

DemoPanel::DemoPanel(DemoScenarios &scenarios, QWidget *parent)
    : QWidget(parent)
    , m_scenarios(scenarios)
    , m_heading(new QLabel(this))
    , m_currentLabel(new QLabel(this))
    , m_problemLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("demoPanel"));
    m_heading->setObjectName(QStringLiteral("demoPanelHeading"));
    m_heading->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_heading->setWordWrap(true);
    m_currentLabel->setObjectName(QStringLiteral("currentScenarioLabel"));
    m_currentLabel->setWordWrap(true);
    m_problemLabel->setObjectName(QStringLiteral("demoProblemLabel"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_currentLabel);
    for (DemoScenarios::Scenario scenario : DemoScenarios::all()) {
        auto *button = new QPushButton(this);
        button->setObjectName(buttonName(scenario));
        button->setCheckable(true);
        button->setMinimumHeight(48);
        button->setFocusPolicy(Qt::NoFocus);
        connect(button, &QPushButton::clicked, this, [this, button, scenario] {
            button->setChecked(m_scenarios.current() == scenario); // until the simulator agrees
            m_problemLabel->clear();
            m_scenarios.force(scenario);
        });
        m_buttons.insert(scenario, button);
        layout->addWidget(button);
    }
    layout->addWidget(m_problemLabel);
    layout->addStretch();

    connect(&m_scenarios, &DemoScenarios::scenarioChanged, this, &DemoPanel::onScenarioChanged);
    connect(&m_scenarios, &DemoScenarios::problem, m_problemLabel, &QLabel::setText);
    updateTexts();
    onScenarioChanged(m_scenarios.current());
}

DemoPanel::~DemoPanel() = default;

QString DemoPanel::describe(DemoScenarios::Scenario scenario)
{
    using Scenario = DemoScenarios::Scenario;
    switch (scenario) {
    case Scenario::Normal:
        return tr("Normal: the test card pays");
    case Scenario::Decline:
        return tr("Card declined");
    case Scenario::Cancel:
        return tr("Customer cancels on the payment page");
    case Scenario::Timeout:
        return tr("Payment session times out");
    case Scenario::UnresponsiveGateway:
        return tr("Gateway does not answer");
    case Scenario::OutOfStockAfterPayment:
        return tr("Out of stock after payment");
    case Scenario::DoubleCallback:
        return tr("Gateway sends every callback twice");
    }
    return {};
}

void DemoPanel::onScenarioChanged(DemoScenarios::Scenario scenario)
{
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it)
        it.value()->setChecked(it.key() == scenario);
    m_currentLabel->setText(scenario == DemoScenarios::Scenario::Normal
                                ? tr("Next payment: normal.")
                                : tr("Next payment: %1.").arg(describe(scenario)));
}

void DemoPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateTexts();
    QWidget::changeEvent(event);
}

void DemoPanel::updateTexts()
{
    setAccessibleName(tr("Demo panel"));
    m_heading->setText(tr("Demo: force the next payment's outcome"));
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        it.value()->setText(describe(it.key()));
        it.value()->setAccessibleName(describe(it.key()));
    }
    onScenarioChanged(m_scenarios.current());
}

} // namespace quire
