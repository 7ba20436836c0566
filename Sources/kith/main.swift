import KithCore
print("kith")
