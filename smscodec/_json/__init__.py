"""The JSON codec: reads a body into the neutral tree (`codec`) and writes canonical JSON
(`write`)."""
