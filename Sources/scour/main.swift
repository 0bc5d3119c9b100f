import ScourKit
print("scour")
