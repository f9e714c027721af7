package org.waymark.panels.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

/** One of an authority's standing panels and its members. */
public class Panel {

    @Id
    private @Nullable Long id;
    private final long localAuthorityId;
    private final PanelKind kind;
    @MappedCollection(idColumn = "PANEL_ID", keyColumn = "SORT_KEY")
    private List<PanelSeat> seats;
    @Version
    private @Nullable Integer version;

    @PersistenceCreator
    Panel(@Nullable Long id, long localAuthorityId, PanelKind kind, List<PanelSeat> seats, @Nullable Integer version) {
        this.id = id;
        this.localAuthorityId = localAuthorityId;
        this.kind = kind;
        this.seats = new ArrayList<>(seats);
        this.version = version;
    }

    public static Panel create(long localAuthorityId, PanelKind kind) {
        if (kind != kind.membersFrom()) {
            throw new IllegalArgumentException(kind + " sits with the members of " + kind.membersFrom());
        }
        return new Panel(null, localAuthorityId, kind, List.of(), null);
    }

    /** Adds a member, or changes the capacity and role of one who sits already. */
    public void seat(PanelSeat seat) {
        seats.removeIf(s -> s.userId() == seat.userId());
        seats.add(seat);
    }

    public void unseat(long userId) {
        seats.removeIf(s -> s.userId() == userId);
    }

    public boolean hasSeat(long userId) {
        return seats.stream().anyMatch(s -> s.userId() == userId);
    }

    public @Nullable Long getId() { return id; }
    public long getLocalAuthorityId() { return localAuthorityId; }
    public PanelKind getKind() { return kind; }
    public List<PanelSeat> getSeats() { return Collections.unmodifiableList(seats); }
    public @Nullable Integer getVersion() { return version; }
}
