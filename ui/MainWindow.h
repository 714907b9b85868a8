#pragma once

#include <QMainWindow>
#include <memory>

class QAbstractItemModel;
class QLabel;

namespace Ui {
class MainWindow;
}

namespace quire {

// The application's one top-level window. For now it shows the store's
// activity (the event log); the sale screens join it as they are built.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(QAbstractItemModel *activityModel, const QString &databaseLocation, bool demoMode,
               QWidget *parent = nullptr);
    ~MainWindow() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateTexts();

    std::unique_ptr<Ui::MainWindow> m_ui;
    QString m_databaseLocation;
    bool m_demoMode;
    QLabel *m_databaseLabel;
};

} // namespace quire
