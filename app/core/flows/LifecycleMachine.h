#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <optional>

class QAbstractState;
class QFinalState;
class QState;
class QStateMachine;

namespace quire {

// A QStateMachine whose states are the statuses of one record (an order, a
// payment) and whose transitions are the only legal status changes.
//
// The database is the source of truth: a flow asks allows(from, to) with the
// status it read inside its transaction, commits, and only then calls
// advance() so the running machine mirrors what is stored. Subclasses draw
// the diagram in their constructor with addState/addFinalState/addTransition.
class LifecycleMachine : public QObject
{
    Q_OBJECT

public:
    ~LifecycleMachine() override;

    // Whether the diagram has an edge from `from` to `to`.
    bool allows(int from, int to) const;
    // Starts the machine in the status it was created with.
    void start();
    bool isRunning() const;
    // Moves the running machine along the edge to `to` (asynchronously, on the
    // event loop). Returns false and changes nothing when there is no such edge.
    bool advance(int to);
    // The status the running machine is in; nullopt until it has started.
    std::optional<int> currentStatus() const;
    QAbstractState *state(int status) const { return m_states.value(status); }
    int initialStatus() const { return m_initialStatus; }

Q_SIGNALS:
    void statusEntered(int status);

protected:
    LifecycleMachine(int initialStatus, QObject *parent);

    QState *addState(int status, const QString &name);
    QFinalState *addFinalState(int status, const QString &name);
    void addTransition(QState *from, QAbstractState *to);

private:
    void watchEntry(int status, QAbstractState *state);

    QStateMachine *m_machine;
    QHash<int, QAbstractState *> m_states;
    int m_initialStatus;
    int m_requestedStatus;
    std::optional<int> m_currentStatus;
    QList<int> m_heldAdvances;
};

} // namespace quire
