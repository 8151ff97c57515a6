import NatoData
switch BuiltinData.load() {
case .success(let c): print(c.count(.country))
case .failure(let p): print(p)
}
