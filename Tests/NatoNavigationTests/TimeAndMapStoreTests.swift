// The year keys, the player, the map pane and its cursor through the test store: each send
// asserts the whole state that follows and the effects that come out.
import NatoModel
@testable import NatoNavigation
import Testing

private let latest = catalog.history.latestYear

private func summary(_ y: Int) -> String {
    "As of \(y): \(catalog.allies(asOf: y, catalog.history).count) Allies, \(catalog.frameworks(asOf: y, catalog.history).count) frameworks"
}

@Suite struct StoreTimeTests {
    @Test func yearKeysStepClampAndComeBackToToday() {
        var s = TestStore(make(), catalog: catalog)
        #expect(s.state.year == latest && s.state.time.asOf == nil)
        s.send(.time(.step(-1))) {
            $0.time.asOf = latest - 1
            $0.message = summary(latest - 1)
        }
        s.send(.time(.step(1))) {  // back at the latest year: that is today
            $0.time.asOf = nil
            $0.message = "Today"
        }
        s.send(.time(.step(-1000))) {  // clamped to the first year
            $0.time.asOf = 1949
            $0.message = summary(1949)
        }
        #expect(s.state.message == "As of 1949: 12 Allies, 0 frameworks")
        s.send(.time(.step(50))) {
            $0.time.asOf = 1999
            $0.message = summary(1999)
        }
        #expect(s.state.message?.hasPrefix("As of 1999: 19 Allies") == true)
        s.send(.time(.today)) {
            $0.time.asOf = nil
            $0.message = "Today"
        }
    }

    @Test func playStepsOneYearPerIntervalAndStopsAtToday() {
        var s = TestStore(make(), catalog: catalog)
        s.send(.tick(now: 10)) { $0.clock = 10 }
        s.send(.time(.togglePlay)) {
            $0.time.asOf = 1949
            $0.time.playing = true
            $0.time.lastStep = 10
            $0.message = "Playing 1949 to \(latest): P pauses"
        }
        s.send(.tick(now: 10.5)) { $0.clock = 10.5 }  // not yet a second: nothing moves
        s.send(.tick(now: 11), effects: [.redraw]) {
            $0.clock = 11
            $0.time.asOf = 1950
            $0.time.lastStep = 11
        }
        s.send(.time(.speed(1))) {
            $0.time.speed = .fast
            $0.message = "Play speed: fast (0.5 s a year)"
        }
        s.send(.tick(now: 11.5), effects: [.redraw]) {
            $0.clock = 11.5
            $0.time.asOf = 1951
            $0.time.lastStep = 11.5
        }
        s.send(.time(.togglePlay)) {
            $0.time.playing = false
            $0.message = "Paused at 1951"
        }
        s.send(.tick(now: 20)) { $0.clock = 20 }  // paused: the year stays
        // Play on to the end: it stops at today.
        s.sendChecking(.time(.togglePlay)) { state, _ in #expect(state.time.asOf == 1951 && state.time.playing) }
        var now = 20.0
        var redraws = 0
        while s.state.time.playing && redraws < 200 {
            now += 0.5
            s.sendChecking(.tick(now: now)) { _, effects in redraws += effects.count }
        }
        #expect(s.state.time.asOf == nil && !s.state.time.playing)
        #expect(redraws == latest - 1951)
        #expect(s.state.message == "Today: \(latest)")
    }
}

@Suite struct StoreMapTests {
    @Test func toggleAndRegions() {
        var s = TestStore(make(), catalog: catalog)
        s.send(.map(.toggle)) {
            $0.map.shown = true
            $0.message = "Map: euro-atlantic (r: region, M: map cursor)"
        }
        #expect(s.state.layout.mapRect != nil)
        s.send(.map(.cycleRegion(1))) {
            $0.map.area = .europe
            $0.message = "Map region: europe"
        }
        s.send(.map(.cycleRegion(-3))) {  // wraps round: europe, euro-atlantic, world, fit
            $0.map.area = .fit
            $0.message = "Map region: fit"
        }
        s.send(.map(.toggle)) {
            $0.map.shown = false
            $0.message = "Map hidden"
        }
        #expect(s.state.layout.mapRect == nil)
    }

    @Test func cursorMovesCountryToCountryAndEnterSelects() {
        var start = make()
        select("france", &start)
        var s = TestStore(start, catalog: catalog)
        s.send(.map(.toggleFocus)) {
            $0.map.shown = true
            $0.map.focused = true
            $0.map.cursor = ref("france").index
        }
        #expect(s.state.mode == .map)
        #expect(KeyMap.action(for: .tab, in: s.state) == .map(.cursorEastWest(1)))
        let order = AppState.mapOrder(catalog)
        let france = order.firstIndex(of: ref("france").index) ?? -1
        let east = order[france + 1]
        s.send(.map(.cursorEastWest(1))) {
            $0.map.cursor = east
            $0.message = catalog.data.countries[east].name
        }
        s.sendChecking(.map(.choose)) { state, effects in
            #expect(effects.isEmpty && state.current == EntityRef(.country, east) && state.focus == .countries)
        }
        // North of Italy's capital the nearest is not in the south.
        s.sendChecking(.map(.select(country: ref("italy").index))) { state, _ in
            #expect(state.current == ref("italy") && state.map.cursor == ref("italy").index)
        }
        s.sendChecking(.map(.cursorNorthSouth(-1))) { state, _ in
            let lat = { (id: Int) in catalog.data.countries[id].name }
            #expect(state.map.cursor != ref("italy").index, "moved from Italy to \(state.map.cursor.map(lat) ?? "nothing")")
        }
        s.send(.map(.toggleFocus)) {
            $0.map.focused = false
            $0.message = nil
        }
        #expect(s.state.mode == .normal)
    }

    @Test func zoomAndPanStayInBoundsAndRegionsReset() {
        var s = TestStore(make(), catalog: catalog)
        s.send(.map(.zoom(1))) {
            $0.map.zoom = 1
            $0.message = "Map zoom 1"
        }
        s.send(.map(.pan(x: 100, y: -1))) {  // clamped to a few views of the region
            $0.map.panX = 4
            $0.map.panY = -1
            $0.message = nil
        }
        s.send(.map(.zoom(99))) {
            $0.map.zoom = MapPaneState.maximumZoom
            $0.message = "Map zoom \(MapPaneState.maximumZoom)"
        }
        s.send(.map(.cycleRegion(1))) {  // a new region starts whole (and shows the hidden map)
            $0.map.area = .europe
            $0.map.shown = true
            $0.map.zoom = 0
            $0.map.panX = 0
            $0.map.panY = 0
            $0.message = "Map region: europe"
        }
        s.send(.map(.zoom(-1))) { $0.message = "Map: the whole region" }
    }

    @Test func theOrderRunsWestToEast() {
        let order = AppState.mapOrder(catalog)
        let position = { (id: String) in order.firstIndex(of: ref(id).index) ?? -1 }
        #expect(position("canada") >= 0 && position("canada") < position("france"))
        #expect(position("france") < position("turkiye") && position("turkiye") < position("japan"))
    }

    @Test func aLessonStepSetsTheYearAndTheMap() {
        let lesson = Tour(name: "t", title: "T", description: "d", steps: [
            TourStep(entity: "poland", caption: "Poland in 1998.", title: "Before", year: 1998, map: .europe),
            TourStep(entity: "poland", caption: "Poland hides the map.", year: 1999, map: .off),
        ])
        var s = TestStore(make(), catalog: catalog)
        s.sendChecking(.startTour(lesson)) { state, _ in
            #expect(state.time.asOf == 1998 && state.map.shown && state.map.area == .europe)
        }
        s.sendChecking(.nextStep) { state, _ in
            #expect(state.time.asOf == 1999 && !state.map.shown)
        }
    }
}
