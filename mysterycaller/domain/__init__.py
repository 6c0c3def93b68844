"""The Qt-free, SQL-free core: catalogue, timings, timing rules, scoring."""
