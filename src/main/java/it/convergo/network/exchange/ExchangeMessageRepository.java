package it.convergo.network.exchange;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ExchangeMessageRepository extends JpaRepository<ExchangeMessage, Long> {

    @Query("select m from ExchangeMessage m where m.interestId = :interest order by m.createdAt, m.id")
    List<ExchangeMessage> thread(@Param("interest") long interestId);
}
