package org.waymark.ras.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/**
 * The converter from points to an indicative resource (SPEC §10), fitted from past allocated
 * cases by banding: the points scale is cut into bands of a fixed width; each band's resource is
 * the median of what its past cases were allocated, with the quartiles as its spread — order
 * statistics computed by Apache Commons Math ({@link DescriptiveStatistics}), not by hand. A
 * band never gets less than a band below it (more difficulty never means less resource): the
 * fit carries the highest median so far upwards, and a band without past cases takes the
 * band below's figure. The same cases and width always give the same fit.
 */
public final class Converter {

    /** Past cases shown beside an indicative resource. */
    public static final int SIMILAR = 10;

    private Converter() {
    }

    /** A past allocated case: points scored and the yearly resource it was allocated. */
    public record Past(String reference, int points, BigDecimal amount) {
    }

    /**
     * One band of the fit: points from and to (both included), the resource it converts to, the
     * band's own median and quartiles and how many past cases it holds (0: carried from below).
     */
    public record Band(int from, int to, BigDecimal resource, BigDecimal median, BigDecimal lowerQuartile,
                       BigDecimal upperQuartile, int cases) {

        public boolean holds(int points) {
            return points >= from && points <= to;
        }
    }

    /** A fit: its bands in order of points. */
    public record Fit(int bandWidth, int casesUsed, List<Band> bands) {

        public Fit {
            bands = List.copyOf(bands);
        }

        /** The resource for a number of points; points above the last band take the last band's. */
        public BigDecimal indicative(int points) {
            if (bands.isEmpty()) {
                return BigDecimal.ZERO.setScale(2);
            }
            for (Band band : bands) {
                if (band.holds(points)) {
                    return band.resource();
                }
            }
            return points < bands.getFirst().from() ? bands.getFirst().resource() : bands.getLast().resource();
        }

        public Band band(int points) {
            return bands.stream().filter(b -> b.holds(points)).findFirst()
                    .orElse(points < bands.getFirst().from() ? bands.getFirst() : bands.getLast());
        }
    }

    /**
     * Fits bands of {@code bandWidth} points over 0 to {@code maxPoints} from the past cases.
     * Resources are rounded to the pound.
     */
    public static Fit fit(List<Past> past, int bandWidth, int maxPoints) {
        if (bandWidth < 1) {
            throw new IllegalArgumentException("A band is at least one point wide");
        }
        int bandCount = maxPoints / bandWidth + 1;
        DescriptiveStatistics[] stats = new DescriptiveStatistics[bandCount];
        for (int i = 0; i < bandCount; i++) {
            stats[i] = new DescriptiveStatistics();
        }
        int used = 0;
        for (Past p : past) {
            if (p.points() < 0 || p.points() > maxPoints) {
                continue;
            }
            stats[p.points() / bandWidth].addValue(p.amount().doubleValue());
            used++;
        }
        List<Band> bands = new ArrayList<>();
        BigDecimal carried = BigDecimal.ZERO.setScale(2);
        for (int i = 0; i < bandCount; i++) {
            DescriptiveStatistics s = stats[i];
            int from = i * bandWidth;
            int to = Math.min(maxPoints, from + bandWidth - 1);
            if (s.getN() == 0) {
                bands.add(new Band(from, to, carried, carried, carried, carried, 0));
                continue;
            }
            BigDecimal median = pounds(s.getPercentile(50));
            if (median.compareTo(carried) > 0) {
                carried = median;
            }
            bands.add(new Band(from, to, carried, median, pounds(s.getPercentile(25)), pounds(s.getPercentile(75)),
                    (int) s.getN()));
        }
        return new Fit(bandWidth, used, bands);
    }

    /** The past cases nearest in points to {@code points}, nearest first (ties by reference), at most {@link #SIMILAR}. */
    public static List<Past> similar(List<Past> past, int points) {
        return past.stream()
                .sorted(Comparator.comparingInt((Past p) -> Math.abs(p.points() - points))
                        .thenComparing(Past::reference))
                .limit(SIMILAR).toList();
    }

    /** The spread of some past cases' amounts: lowest, lower quartile, median, upper quartile, highest. */
    public record Spread(BigDecimal lowest, BigDecimal lowerQuartile, BigDecimal median, BigDecimal upperQuartile,
                         BigDecimal highest) {
    }

    public static Spread spread(List<Past> cases) {
        DescriptiveStatistics s = new DescriptiveStatistics();
        cases.forEach(c -> s.addValue(c.amount().doubleValue()));
        if (s.getN() == 0) {
            BigDecimal zero = BigDecimal.ZERO.setScale(2);
            return new Spread(zero, zero, zero, zero, zero);
        }
        return new Spread(pounds(s.getMin()), pounds(s.getPercentile(25)), pounds(s.getPercentile(50)),
                pounds(s.getPercentile(75)), pounds(s.getMax()));
    }

    private static BigDecimal pounds(double value) {
        return BigDecimal.valueOf(value).setScale(0, RoundingMode.HALF_UP).setScale(2);
    }

    /** The bands as stored: {@code from-to:resource:median:q1:q3:cases} separated by {@code ;}. */
    public static String write(Fit fit) {
        StringBuilder out = new StringBuilder();
        for (Band b : fit.bands()) {
            if (!out.isEmpty()) {
                out.append(';');
            }
            out.append(b.from()).append('-').append(b.to()).append(':').append(b.resource().toPlainString())
                    .append(':').append(b.median().toPlainString()).append(':')
                    .append(b.lowerQuartile().toPlainString()).append(':').append(b.upperQuartile().toPlainString())
                    .append(':').append(b.cases());
        }
        return out.toString();
    }

    public static Fit read(int bandWidth, int casesUsed, String text) {
        List<Band> bands = new ArrayList<>();
        if (!text.isBlank()) {
            for (String part : text.split(";")) {
                String[] f = part.split(":");
                String[] range = f[0].split("-");
                bands.add(new Band(Integer.parseInt(range[0]), Integer.parseInt(range[1]), new BigDecimal(f[1]),
                        new BigDecimal(f[2]), new BigDecimal(f[3]), new BigDecimal(f[4]), Integer.parseInt(f[5])));
            }
        }
        return new Fit(bandWidth, casesUsed, bands);
    }
}
