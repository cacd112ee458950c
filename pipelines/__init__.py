"""xauto's Beam pipeline: pure logic in `core`, thin Beam wiring around it."""
