package it.convergo.base.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two nodes started at the same moment on an empty MySQL/MariaDB database both come up: schema creation
 * (Flyway, then the workflow engine's tables) and the demo data run on one node at a time, and only once.
 */
class TwoNodesStartTest {

    @Test
    void twoNodesStartTogetherOnAnEmptyDatabase() throws Exception {
        assumeTrue(NodeDatabase.onMysql(), "runs on MySQL/MariaDB only");
        NodeDatabase.recreate();
        List<NodeProcess> nodes = new ArrayList<>();
        try {
            for (int i = 1; i <= 2; i++) {
                nodes.add(NodeProcess.start("start-node-" + i, "--convergo.demo-data=true",
                        "--flowable.async-executor-activate=false"));
            }
            for (NodeProcess node : nodes) {
                node.awaitStarted();
            }
            try (Connection c = NodeDatabase.connect()) {
                long failedMigrations = NodeDatabase.count(c, "SELECT COUNT(*) FROM flyway_schema_history WHERE success = 0");
                long deployments = NodeDatabase.count(c, "SELECT COUNT(*) FROM ACT_RE_DEPLOYMENT");
                long admins = NodeDatabase.count(c, "SELECT COUNT(*) FROM user_account WHERE email = 'admin@convergo.demo'");
                System.out.printf("two nodes: failed migrations %d, workflow deployments %d, demo admins %d%n",
                        failedMigrations, deployments, admins);
                assertThat(failedMigrations).isZero();
                assertThat(deployments).as("the processes are deployed once").isEqualTo(1);
                assertThat(admins).as("the demo data is created once").isEqualTo(1);
            }
        } finally {
            nodes.forEach(NodeProcess::stop);
        }
    }
}
