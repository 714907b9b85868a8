#pragma once

#include "services/DemoScenarios.h"

#include <QMap>
#include <QWidget>

class QLabel;
class QPushButton;

namespace quire {

// For whoever presents the demo: one button per alternative ending of the
// next payment (decline, cancel, timeout, unresponsive gateway, out of
// stock after payment, double callback) and "Normal". It shows which
// scenario is in force; after the payment it applied to, that is "Normal"
// again. Only built in demo mode.
class DemoPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoPanel)

public:
    explicit DemoPanel(DemoScenarios &scenarios, QWidget *parent = nullptr);
    ~DemoPanel() override;

    static QString describe(DemoScenarios::Scenario scenario);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onScenarioChanged(quire::DemoScenarios::Scenario scenario);
    void updateTexts();

    DemoScenarios &m_scenarios;
    QLabel *m_heading;
    QLabel *m_currentLabel;
    QLabel *m_problemLabel;
    QMap<DemoScenarios::Scenario, QPushButton *> m_buttons;
};

} // namespace quire
