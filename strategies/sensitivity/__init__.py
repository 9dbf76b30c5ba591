"""Sensitivity of the district rankings: sweeps, thresholds, need emphasis, Monte Carlo."""
