print("demo generator: not yet")
