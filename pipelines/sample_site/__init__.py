"""The bundled offline sample: Xiaomi car coverage written for this project, served on loopback."""
