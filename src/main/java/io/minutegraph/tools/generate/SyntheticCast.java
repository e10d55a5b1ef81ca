package io.minutegraph.tools.generate;

import io.minutegraph.graph.Keys;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The people and teams of a synthetic corpus, scaled to its size: about 5 + N/1000 teams and 30 + N/25 people for
 * N notes, so that identity resolution at 100 000 notes meets thousands of people, many sharing a first name, a
 * handle or initials. Each team draws mostly from people of its own, each around for a stretch of its series, with a
 * few guests from other teams and the handful of core people who turn up everywhere, as in the real notes.
 */
final class SyntheticCast {

    /**
     * First names as the real community's: Romanian, Greek, German, Indian and others, some with diacritics. None
     * is the start of another (Marc would be read as short for Marco) or one letter from another (Cristian,
     * Cristina): such pairs would make the canonical people themselves ambiguous.
     */
    private static final List<String> FIRST_NAMES = List.of("Răzvan", "Ștefan", "Rareș", "Șerban", "Dragoș",
            "Mihnea", "Cosmin", "Bogdan", "Ionuț", "Sergiu", "Cezar", "Vlad", "Radu", "Costin", "Florin", "Andrei",
            "Mihai", "Octavian", "Laurențiu", "Gabriel", "Daniel", "Marius", "Adrian", "Victor", "Silviu", "Eduard",
            "Iulian", "Horia", "Liviu", "Sorin", "Petru", "Maria", "Ioana", "Alexandra", "Teodora", "Adina", "Delia",
            "Cristina", "Mădălina", "Anca", "Andreea", "Bianca", "Elena", "Irina", "Oana", "Roxana", "Diana",
            "Larisa", "Raluca", "Sabina", "Lavinia", "Michalis", "Dimitris", "Nikos", "Giorgos", "Eleni", "Katerina",
            "Yannis", "Kostas", "Stavros", "Vasiliki", "Panagiotis", "Simon", "Marc", "Felix", "Lukas", "Jakob",
            "Martin", "Hannah", "Sophie", "Jonas", "Moritz", "Leonie", "Tobias", "Niklas", "Florian", "Johannes",
            "Matthias", "Katharina", "Sairaj", "Sahil", "Ryia", "Aditya", "Priya", "Ananya", "Rohan", "Vikram",
            "Karthik", "Deepak", "Sneha", "Arjun", "Neha", "Felipe", "Hugo", "Antoine", "Gaulthier", "Carol",
            "Dennis", "Paul", "Pierre", "Julien", "Camille", "Mathieu", "Giulia", "Matteo", "Lorenzo", "Chiara",
            "Pablo", "Lucia", "Javier", "Inês", "João", "Pedro", "Tiago", "Wei", "Hao", "Yuki", "Kenji", "Ahmed",
            "Omar", "Leila", "Yusuf", "Emre", "Elif", "Piotr", "Tomasz", "Agnieszka", "Erik", "Lars", "Ingrid",
            "Freya", "Jérôme", "Gaëlle", "Håkon", "Zhinjin", "Kha", "Stefania", "Bruno");

    /** Surnames; none the start of another, so a full name never reads as a shortened other one. */
    private static final List<String> SURNAMES = List.of("Deaconescu", "Jung", "Kuenzer", "Pappas", "Huici",
            "Moga", "Craciunoiu", "Mocanu", "Vijelie", "Jumarea", "Nichita", "Vasile", "Ungureanu", "Pirvulescu",
            "Kodilkar", "Teugea", "Tiron", "Popescu", "Ionescu", "Georgescu", "Stan", "Dumitru", "Stoica", "Munteanu",
            "Rusu", "Lupu", "Barbu", "Florea", "Dobre", "Nistor", "Ene", "Oprea", "Sandu", "Ilie", "Dinu", "Zamfir",
            "Papadopoulos", "Georgiou", "Nikolaidis", "Schmidt", "Müller", "Schneider", "Fischer", "Weber", "Wagner",
            "Becker", "Hoffmann", "Schulz", "Koch", "Richter", "Klein", "Wolf", "Neumann", "Schwarz", "Zimmermann",
            "Krüger", "Hartmann", "Lange", "Werner", "Krause", "Lehmann", "Kaiser", "Sharma", "Patel", "Gupta",
            "Iyer", "Reddy", "Nair", "Rao", "Kumar", "Singh", "Mehta", "Dubois", "Moreau", "Laurent", "Lefebvre",
            "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Costa", "Silva", "Santos", "Pereira",
            "Oliveira", "Nguyen", "Chen", "Wang", "Zhang", "Liu", "Tanaka", "Suzuki", "Yilmaz", "Demir", "Kowalski",
            "Nowak", "Wiśniewski", "Andersson", "Johansson", "Larsen", "Hansen", "Berg", "Vlachos", "Karagiannis",
            "Antonopoulos", "Constantinescu", "Preda", "Toma", "Voicu", "Neagu", "Badea", "Ciobanu", "Manole",
            "Dragomir", "Tănase", "Chiriac", "Bălan", "Topală", "Pricop", "Gain", "Bontas", "Dinh", "Sfîrăială",
            "Hugerth", "Lefeuvre", "Bhat", "Okafor", "Mensah", "Haddad", "Farouk", "Petrov", "Ivanova", "Horvat");

    /** Teams like the real corpus's, in the order a growing corpus adds them. */
    private record BaseTeam(String name, String title, SyntheticTeam.Kind kind, List<String> focus) {
    }

    private static final List<BaseTeam> BASE_TEAMS = List.of(
            new BaseTeam("community", "Community Gathering", SyntheticTeam.Kind.COMMUNITY,
                    List.of("documentation", "kraftkit", "plat re-arch", "smp", "bincompat", "ci", "uksignal",
                            "posix-fdtab")),
            new BaseTeam("maintainers", "Maintainers Meeting", SyntheticTeam.Kind.MAINTAINERS,
                    List.of("ci", "plat re-arch", "vfscore", "build system", "checkpatch", "uktest")),
            new BaseTeam("app-compat", "Application Compatibility WG", SyntheticTeam.Kind.WORKING_GROUP,
                    List.of("bincompat", "elfloader", "syscall-shim", "musl", "posix-process", "futex", "nodejs",
                            "redis")),
            new BaseTeam("vmm", "VMM WG", SyntheticTeam.Kind.WORKING_GROUP,
                    List.of("firecracker", "hyper-v", "vmware", "qemu", "cloud-hypervisor", "virtio", "xen")),
            new BaseTeam("kraft", "KraftKit", SyntheticTeam.Kind.WORKING_GROUP,
                    List.of("kraftkit", "Kraftfile", "oci", "buildkit", "containerd", "docker")),
            new BaseTeam("smp", "SMP WG", SyntheticTeam.Kind.WORKING_GROUP,
                    List.of("smp", "synchronization", "spinlock", "lcpu", "uksched", "posix-mmap", "ukalloc")),
            new BaseTeam("security", "Security WG", SyntheticTeam.Kind.WORKING_GROUP,
                    List.of("uksp", "kasan", "cfi", "mte", "sev", "cca", "aslr", "ubsan")),
            new BaseTeam("rust", "Rust WG", SyntheticTeam.Kind.WORKING_GROUP,
                    List.of("rust", "musl", "helloworld", "ukthread", "networking")),
            new BaseTeam("plat-re-arch", "Platform Re-Architecture WG", SyntheticTeam.Kind.WORKING_GROUP,
                    List.of("plat re-arch", "ukboot", "ukintctlr", "device tree", "paging", "ukvmem")),
            new BaseTeam("toc", "Technical Oversight Committee Meeting", SyntheticTeam.Kind.MAINTAINERS,
                    List.of("ci", "kraftkit", "vfscore", "uksignal")),
            new BaseTeam("gsoc", "GSoC Sync", SyntheticTeam.Kind.WORKING_GROUP,
                    List.of("riscv", "rtc", "tap device", "virtio-fs", "dlang")),
            new BaseTeam("profiling", "Profiling WG", SyntheticTeam.Kind.WORKING_GROUP,
                    List.of("uniprof", "tracing", "profiling", "benchmarking", "gdb")),
            new BaseTeam("build", "Build System WG", SyntheticTeam.Kind.WORKING_GROUP,
                    List.of("build system", "Makefile", "kconfig", "toolchain", "clang", "lto")),
            new BaseTeam("docs", "Documentation WG", SyntheticTeam.Kind.WORKING_GROUP,
                    List.of("documentation", "doxygen", "helloworld")),
            new BaseTeam("drivers", "Drivers WG", SyntheticTeam.Kind.WORKING_GROUP,
                    List.of("virtio", "pci", "uart", "rtc", "e1000", "vsock")),
            new BaseTeam("bootloaders", "Bootloaders WG", SyntheticTeam.Kind.WORKING_GROUP,
                    List.of("multiboot", "grub", "uefi", "syslinux", "linux boot protocol")),
            new BaseTeam("baremetal", "Baremetal WG", SyntheticTeam.Kind.WORKING_GROUP,
                    List.of("baremetal", "acpi", "apic", "ioapic", "psci")),
            new BaseTeam("infrastructure", "Infrastructure WG", SyntheticTeam.Kind.WORKING_GROUP,
                    List.of("ci", "docker", "kubernetes", "oci")),
            new BaseTeam("networking", "Networking WG", SyntheticTeam.Kind.WORKING_GROUP,
                    List.of("lwip", "uknetdev", "posix-socket", "virtio", "networking")),
            new BaseTeam("mem", "Memory WG", SyntheticTeam.Kind.WORKING_GROUP,
                    List.of("ukalloc", "ukallocbbuddy", "paging", "mmap", "mimalloc")));

    /** Kinds of feature a generated SIG is about. */
    private static final Set<String> SIG_KINDS = Set.of("library", "subsystem", "platform", "architecture",
            "application", "tool", "language");

    private final List<SyntheticPerson> people;
    private final List<SyntheticTeam> teams;

    private SyntheticCast(List<SyntheticPerson> people, List<SyntheticTeam> teams) {
        this.people = List.copyOf(people);
        this.teams = List.copyOf(teams);
    }

    List<SyntheticPerson> people() {
        return people;
    }

    List<SyntheticTeam> teams() {
        return teams;
    }

    /** The cast for a corpus of {@code notes} notes. */
    static SyntheticCast of(int notes, long seed, FeatureCatalogue features) {
        Dice dice = new Dice(Dice.seed(seed, 0xCA57));
        List<SyntheticPerson> people = people(30 + notes / 25, dice);
        int teamCount = Math.min(5 + notes / 1000, notes);
        List<BaseTeam> designs = designs(teamCount, features, dice);
        double[] weights = new double[teamCount];
        for (int t = 0; t < teamCount; t++) {
            weights[t] = switch (designs.get(t).kind()) {
                case COMMUNITY -> 1.3;
                case MAINTAINERS -> 1.0;
                case WORKING_GROUP -> dice.between(0.4, 1.2);
            };
        }
        int[] meetings = apportion(notes, weights);
        int core = Math.max(3, Math.min(8, people.size() / 10));
        int[] homeCounts = apportion(people.size() - core, weights);
        List<SyntheticTeam> teams = new ArrayList<>();
        int nextHome = core;
        for (int t = 0; t < teamCount; t++) {
            BaseTeam design = designs.get(t);
            List<SyntheticTeam.Membership> members = members(design.kind(), t, meetings[t], core, nextHome,
                    homeCounts[t], people.size(), dice);
            nextHome += homeCounts[t];
            LocalDate start = LocalDate.of(2021, 9, 1).plusDays(dice.between(0, 420));
            DayOfWeek day = DayOfWeek.of(dice.between(1, 5));
            LocalTime time = LocalTime.of(dice.between(8, 17), dice.chance(0.25) ? 30 : 0);
            teams.add(new SyntheticTeam(t, design.name(), design.title(), design.kind(), design.focus(), day, time,
                    start.with(TemporalAdjusters.nextOrSame(day)), meetings[t], members));
        }
        return new SyntheticCast(people, teams);
    }

    private static List<SyntheticPerson> people(int count, Dice dice) {
        List<SyntheticPerson> people = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (int n = 0; n < count; n++) {
            String first;
            String last;
            int tries = 0;
            do {
                first = dice.pick(FIRST_NAMES);
                last = dice.pick(SURNAMES);
                // Plain pairs run out past some 20 000 people: then surnames are double-barrelled.
                if (++tries > 20) {
                    last = last + "-" + dice.pick(SURNAMES);
                }
            } while (!taken.add(Keys.fold(first + " " + last)));
            SyntheticPerson.Style habit = SyntheticPerson.Style.values()[dice.weighted(15, 25, 40, 10, 10)];
            SyntheticPerson person = new SyntheticPerson(n, first, last, habit);
            if (habit == SyntheticPerson.Style.MISSPELT && !person.canBeMisspelt()) {
                person = new SyntheticPerson(n, first, last, SyntheticPerson.Style.HANDLE);
            }
            people.add(person);
        }
        return people;
    }

    /** The corpus-like teams first, then a SIG per feature of the gazetteer, in an order the seed decides. */
    private static List<BaseTeam> designs(int count, FeatureCatalogue features, Dice dice) {
        List<BaseTeam> designs = new ArrayList<>();
        for (BaseTeam base : BASE_TEAMS) {
            base.focus().forEach(features::get); // a focus the gazetteer lost fails here, not in a note
            if (designs.size() < count) {
                designs.add(base);
            }
        }
        List<FeatureCatalogue.Feature> topics = new ArrayList<>(features.all().stream()
                .filter(f -> SIG_KINDS.contains(f.kind()) && !f.name().toLowerCase(Locale.ROOT).contains("kraft")).toList());
        dice.shuffle(topics);
        Set<String> names = new LinkedHashSet<>();
        BASE_TEAMS.forEach(b -> names.add(b.name()));
        for (int i = 0; designs.size() < count; i++) {
            FeatureCatalogue.Feature topic = topics.get(i % topics.size());
            String name = "sig-" + Keys.slug(topic.name());
            for (int round = 2; !names.add(name); round++) {
                name = "sig-" + Keys.slug(topic.name()) + "-" + round;
            }
            List<String> focus = new ArrayList<>();
            focus.add(topic.name());
            List<FeatureCatalogue.Feature> kin = features.ofKind(topic.kind());
            for (int k = 0; k < 3; k++) {
                focus.add(dice.pick(kin).name());
            }
            focus.add(dice.pick(topics).name());
            focus.add(dice.pick(topics).name());
            designs.add(new BaseTeam(name, "SIG " + topic.name(), SyntheticTeam.Kind.WORKING_GROUP,
                    List.copyOf(new LinkedHashSet<>(focus))));
        }
        return designs;
    }

    /**
     * Who may attend a team: its own people, each around for a stretch so that a few are active at any time and
     * the stretches cover the series; one lead per 400 meetings; core people (everywhere in the community and
     * maintainers meetings, now and then elsewhere); a few guests from other teams.
     */
    private static List<SyntheticTeam.Membership> members(SyntheticTeam.Kind kind, int team, int meetings, int core,
                                                          int firstHome, int homeCount, int peopleCount, Dice dice) {
        List<SyntheticTeam.Membership> members = new ArrayList<>();
        Set<Integer> placed = new HashSet<>();
        int active = switch (kind) {
            case COMMUNITY -> 10;
            case MAINTAINERS -> 6;
            case WORKING_GROUP -> 5;
        };
        int leads = Math.min(homeCount, 1 + meetings / 400);
        for (int l = 0; l < leads; l++) {
            int from = l * meetings / leads;
            int until = Math.min(meetings, (l + 1) * meetings / leads + meetings / (leads * 8));
            members.add(new SyntheticTeam.Membership(firstHome + l, Math.max(0, from - meetings / (leads * 8)),
                    until, 0.9, true));
            placed.add(firstHome + l);
        }
        for (int c = 0; c < core; c++) {
            boolean everywhere = kind != SyntheticTeam.Kind.WORKING_GROUP;
            boolean visitor = c == 0 && team < BASE_TEAMS.size() || c == team % core;
            if (everywhere || visitor) {
                double attendance = c == 0 ? 0.85 : everywhere ? 0.6 : 0.35;
                members.add(new SyntheticTeam.Membership(c, 0, meetings, attendance,
                        c == 0 && kind == SyntheticTeam.Kind.COMMUNITY));
                placed.add(c);
            }
        }
        int others = homeCount - leads;
        int stretch = Math.max(Math.min(meetings, 6), Math.min(meetings, Math.round((float) meetings * active
                / Math.max(1, others))));
        for (int j = 0; j < others; j++) {
            double centre = (j + 0.5) * meetings / others;
            double length = stretch * dice.between(0.7, 1.3);
            int from = (int) Math.round(centre - length / 2);
            int until = Math.max(from + 1, (int) Math.round(centre + length / 2));
            members.add(new SyntheticTeam.Membership(firstHome + leads + j, from, until, dice.between(0.45, 0.8),
                    false));
            placed.add(firstHome + leads + j);
        }
        int guests = Math.max(1, homeCount / 5);
        for (int g = 0; g < guests && peopleCount > core; g++) {
            int person = dice.between(core, peopleCount - 1);
            if (placed.add(person)) {
                int centre = dice.between(0, Math.max(0, meetings - 1));
                int length = Math.max(4, stretch / 2);
                members.add(new SyntheticTeam.Membership(person, centre - length / 2, centre + length / 2 + 1,
                        0.3, false));
            }
        }
        return members;
    }

    /** Splits a total in proportion to weights, by largest remainder, so that the parts add up exactly. */
    static int[] apportion(int total, double[] weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        int[] parts = new int[weights.length];
        double[] remainders = new double[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * weights[i] / sum;
            parts[i] = (int) exact;
            remainders[i] = exact - parts[i];
            given += parts[i];
        }
        while (given < total) {
            int best = 0;
            for (int i = 1; i < weights.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            parts[best]++;
            remainders[best] = -1;
            given++;
        }
        return parts;
    }

}
