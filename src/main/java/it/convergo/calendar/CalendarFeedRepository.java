package it.convergo.calendar;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarFeedRepository extends JpaRepository<CalendarFeed, Long> {

    Optional<CalendarFeed> findByUserId(long userId);

    Optional<CalendarFeed> findByTokenHash(String tokenHash);
}
