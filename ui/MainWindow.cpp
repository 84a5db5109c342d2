#include "MainWindow.h"

#include <QLabel>
#include <QStatusBar>

namespace fleet {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Fleet Commander"));
    auto *placeholder = new QLabel(tr("No nodes yet. Scan the network to discover your fleet."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
    statusBar()->showMessage(tr("Ready"));
    resize(1100, 720);
}

MainWindow::~MainWindow() = default;

} // namespace fleet
